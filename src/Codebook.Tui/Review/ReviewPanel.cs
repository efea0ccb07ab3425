using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Tui.Detail;
using Codebook.Tui.Keys;
using Codebook.Tui.Panels;
using Codebook.Tui.Prompts;
using Codebook.Tui.Resources;
using Codebook.Tui.Session;
using Codebook.Tui.Themes;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Review;

/// <summary>Review mode for supervisors: pick a theme, walk its quotes one by one (coder, transcript, line, memos and
/// earlier reviews) with the theme's definition and rules beside them, and mark each; set the theme's review status.
/// Each verdict and status is one logged change. Beside the theme, the agreement between the coders on it.</summary>
public sealed class ReviewPanel : Panel
{
    private static readonly ReviewStatus[] Statuses = [ReviewStatus.Draft, ReviewStatus.InReview, ReviewStatus.Approved];

    private readonly ProjectSession _session;
    private readonly DetailPane _quote = new() { X = 0, Y = 0, Width = Dim.Percent(60), Height = Dim.Fill() };
    private readonly DetailPane _theme = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly ThemePicker _picker = new();
    private readonly PromptBox _prompt = new();
    private IReadOnlyList<DetailLine> _agreement = [];

    public ReviewPanel(ProjectSession session) : base(Strings.ReviewTitle, KeyMap.Review)
    {
        _session = session;
        var beside = new FrameView { Title = Strings.ThemeTitle, X = Pos.Right(_quote), Y = 0, Width = Dim.Fill(), Height = Dim.Fill() };
        beside.Add(_theme);
        Add(_quote, beside, _picker, _prompt);
        _picker.Title = Strings.ReviewPicker;
        _picker.Chosen += Start;
        _picker.Closed += () => { if (Theme is null) Close(); else SetFocus(); };
        _prompt.Closed += () => SetFocus();
        AddAction(PanelAction.OtherTheme, () => _picker.Open(_session.ThemeTree().InOrder.Select(x => x.Theme).ToList()));
        AddAction(PanelAction.PlayQuote, OnTheme(() => { if (Quote is { } heard) AskToPlay(heard.TranscriptId, heard.Span); }));
        AddAction(PanelAction.NextQuote, OnTheme(() => Move(+1)));
        AddAction(PanelAction.PreviousQuote, OnTheme(() => Move(-1)));
        AddAction(PanelAction.NextStatus, NextStatus);
        AddAction(PanelAction.Fits, OnTheme(() => Judge(CodingVerdict.Fits)));
        AddAction(PanelAction.DoesNotFit, OnTheme(() => Judge(CodingVerdict.DoesNotFit)));
        AddAction(PanelAction.Comment, OnTheme(AskComment));
    }

    /// <summary>An action on the quotes, which does nothing until a theme is chosen (the quotes of the last one
    /// reviewed are still there).</summary>
    private Action OnTheme(Action run) => () =>
    {
        if (Theme is not null) run();
    };

    public Theme? Theme { get; private set; }

    /// <summary>The theme's codings, by transcript and place.</summary>
    public IReadOnlyList<Coding> Quotes { get; private set; } = [];

    public int Position { get; private set; }

    public Coding? Quote => Position < Quotes.Count ? Quotes[Position] : null;

    /// <summary>The agreement between the coders on the theme, at the top of the theme's pane.</summary>
    public IReadOnlyList<DetailLine> Agreement => _agreement;

    /// <summary>Opens on the theme picker.</summary>
    public void Open()
    {
        Visible = true;
        Theme = null;
        _quote.Show([]);
        _theme.Show([]);
        _picker.Open(_session.ThemeTree().InOrder.Select(x => x.Theme).ToList());
    }

    /// <summary>After a committed change (a verdict, an undo): the same quote, read again.</summary>
    public void Refresh()
    {
        if (!Visible || Theme is null) return;
        Theme = _session.Store.Themes().FirstOrDefault(t => t.Id == Theme.Id);
        if (Theme is null)
        {
            Close();
            return;
        }
        Load();
    }

    private void NextStatus()
    {
        if (Theme is not { } theme) return;
        var next = Statuses[(Array.IndexOf(Statuses, theme.Status) + 1) % Statuses.Length];
        Try(() => _session.SetStatus(theme.Id, next));
    }

    private void AskComment()
    {
        if (Quote is { } quote) _prompt.Ask(Names.Format(Strings.CommentOn, quote.Id), text =>
        {
            // An empty comment is no comment, as an empty memo is no memo.
            if (!string.IsNullOrWhiteSpace(text)) Try(() => _session.Review(quote.Id, CodingVerdict.Comment, text));
        });
    }

    private void Start(Theme theme)
    {
        Theme = theme;
        Position = 0;
        Load();
    }

    /// <summary>A verdict moves on to the next quote, so a supervisor can go through a theme with f and d alone.</summary>
    private void Judge(CodingVerdict verdict)
    {
        if (Quote is not { } quote) return;
        if (Try(() => _session.Review(quote.Id, verdict)) && Position < Quotes.Count - 1) Move(+1);
    }

    private void Move(int by)
    {
        Position = Math.Clamp(Position + by, 0, Math.Max(0, Quotes.Count - 1));
        Draw();
    }

    private void Load()
    {
        Quotes = _session.Store.Codings().Where(c => c.ThemeId == Theme!.Id)
            .OrderBy(c => c.TranscriptId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.Coder, StringComparer.Ordinal).ToList();
        Position = Math.Min(Position, Math.Max(0, Quotes.Count - 1));
        _agreement = CoderAgreement.Of(_session.Store, Theme!);
        Draw();
    }

    private void Draw()
    {
        var tree = _session.ThemeTree();
        var theme = Theme!;
        Title = Names.Format(Strings.ReviewHeading, ThemeLabel.Of(theme), Names.Status(theme.Status), Quotes.Count == 0 ? 0 : Position + 1, Quotes.Count);
        _theme.Show(_agreement.Append(new DetailLine("")).Concat(ThemeDetail.Of(theme, tree)).Concat(theme.Reviews.TakeLast(3).Select(r =>
            new DetailLine(Names.Format(r.Comment is null ? Strings.ByWhom : Strings.ByWhomComment, Names.Status(r.Status), r.Coder, r.Comment)))));
        _quote.Show(Quote is { } quote ? Describe(quote) : [new DetailLine(Names.Format(Strings.NoQuote, theme.Id))]);
        SetFocus();
        SetNeedsDraw();
    }

    private IEnumerable<DetailLine> Describe(Coding quote)
    {
        var transcript = _session.Store.Transcripts().First(t => t.Id == quote.TranscriptId);
        var line = transcript.FileLine(new LineStarts(transcript.Text).LineAt(quote.Start));
        yield return new DetailLine(Names.Format(Strings.QuoteHeading, quote.Coder, transcript.Id, line, quote.Id), ThemeColors.Of(Theme), Bold: true);
        yield return new DetailLine("");
        yield return new DetailLine(transcript.Text[quote.Start..quote.End]);
        yield return new DetailLine("");
        if (quote.Memo is { } memo) yield return new DetailLine(Names.Format(Strings.MemoText, memo));
        foreach (var m in _session.Store.Memos().Where(m => m.Target == MemoTarget.Coding && m.TargetId == quote.Id)) yield return new DetailLine(Names.Format(Strings.MemoByText, m.Author, m.Text));
        foreach (var r in quote.Reviews)
        {
            yield return new DetailLine(Names.Format(r.Comment is null ? Strings.ByWhom : Strings.ByWhomComment, Names.Verdict(r.Verdict), r.Coder, r.Comment),
                Bold: r.Verdict != CodingVerdict.Comment);
        }
    }

    private bool Try(Action change)
    {
        try
        {
            change();
            return true;
        }
        catch (CodebookException e)
        {
            Say(Names.Refusal(e));
            return false;
        }
    }
}
