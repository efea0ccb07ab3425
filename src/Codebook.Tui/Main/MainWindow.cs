using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Tui.Analysis;
using Codebook.Tui.Detail;
using Codebook.Tui.Framework;
using Codebook.Tui.Help;
using Codebook.Tui.Media;
using Codebook.Tui.Panels;
using Codebook.Tui.Prompts;
using Codebook.Tui.Reader;
using Codebook.Tui.Resources;
using Codebook.Tui.Review;
using Codebook.Tui.Search;
using Codebook.Tui.Session;
using Codebook.Tui.Themes;
using Codebook.Tui.Transcripts;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Main;

/// <summary>The main screen: transcripts and themes on the left, the reader and the detail pane on the right, the
/// status line at the bottom, the boxes (picker, memo, help) over them, and the panels (search, analyses, review,
/// codebook diff, framework matrix) that take the whole screen above the status line until Esc. Its parts, by concern:
/// the layout here, the reader's actions (<c>MainWindow.Actions.cs</c>) and what they do (coding, navigation, panels),
/// the refresh after a change and the detail of what is under the cursor.</summary>
public sealed partial class MainWindow : Window
{
    private readonly ProjectSession _session;
    private readonly List<Transcript> _transcripts;
    private ThemeTree _tree;
    private IReadOnlyList<Coding> _codings;
    /// <summary>The memos on codings, by coding: read from the store when first shown after a change, not on every
    /// cursor move.</summary>
    private ILookup<string, Memo>? _codingMemos;

    public MainWindow(ProjectSession session)
    {
        _session = session;
        _transcripts = session.Store.Transcripts().OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        _tree = session.ThemeTree();
        _codings = session.Store.Codings();
        Title = Names.Format(session.Blind ? Strings.WindowTitleBlind : Strings.WindowTitle, Path.GetFileName(session.Store.Location), session.Coder.Name);
        BorderStyle = LineStyle.None;

        Transcripts = new TranscriptList { X = 0, Y = 0, Width = Dim.Percent(28), Height = Dim.Percent(45) };
        Themes = new ThemeList { X = 0, Y = Pos.Bottom(Transcripts), Width = Dim.Percent(28), Height = Dim.Fill(1) };
        ReaderFrame = new FilledFrame { Title = Strings.ReaderTitle, X = Pos.Right(Transcripts), Y = 0, Width = Dim.Fill(), Height = Dim.Percent(70) };
        Reader = new TranscriptReader { Width = Dim.Fill(), Height = Dim.Fill() };
        ReaderFrame.Add(Reader);
        var detailFrame = new FilledFrame { Title = Strings.DetailTitle, X = Pos.Right(Transcripts), Y = Pos.Bottom(ReaderFrame), Width = Dim.Fill(), Height = Dim.Fill(1) };
        Detail = new DetailPane { Width = Dim.Fill(), Height = Dim.Fill() };
        detailFrame.Add(Detail);
        Status = new StatusLine { X = 0, Y = Pos.AnchorEnd(1) };
        // Framed views are tab groups (F6) by default, and Tab only moves inside a group: made tab stops, Tab and
        // Shift+Tab go from pane to pane.
        foreach (var pane in new View[] { Transcripts, Themes, ReaderFrame }) pane.TabStop = TabBehavior.TabStop;
        Search = new SearchPanel(session);
        Analyses = new AnalysisPanel(session);
        Review = new ReviewPanel(session);
        CodebookDiff = new CodebookDiffPanel(session);
        Listening = new Listening(session, Reader, message => Status.Show(KeysNow(), message));
        Framework = new FrameworkPanel(session);
        Add(Transcripts, Themes, ReaderFrame, detailFrame, Status, Search, Analyses, Review, CodebookDiff, Framework, Picker, Prompt, Choice, KeyHelp);

        AddReaderActions();
        Transcripts.Chosen += Open;
        Themes.Moved += theme => Detail.Show(ThemeDetail.Of(theme, _tree));
        Themes.Chosen += CodeWith;
        Reader.CursorMoved += ShowWhereTheCursorIs;
        Picker.Chosen += CodeWith;
        Picker.Closed += () => Reader.SetFocus();
        Prompt.Closed += () => Reader.SetFocus();
        Choice.Closed += () => Reader.SetFocus();
        KeyHelp.Closed += () => Reader.SetFocus();
        ListenToPanels();
        _session.Changed += Refresh;
        _session.Noticed += message => Status.Show(KeysNow(), message);

        Transcripts.Show(Rows());
        Themes.Show(_tree, Counts());
        if (_transcripts.Count > 0)
        {
            Transcripts.Select(_transcripts[0]);
            Open(_transcripts[0], false);
        }
        Reader.SetFocus();
        Status.Show(KeysNow(), $"{Names.Transcripts(_transcripts.Count)}, {Names.Codings(_codings.Count)}");
    }

    /// <summary>The panes tile the window and each draws its own area: clearing the whole window first would
    /// write every cell of the screen once more on the first screen and after each box or panel closes.</summary>
    protected override bool OnClearingViewport() => true;

    /// <summary>Each framed pane learns whether it needs drawing itself or only what is inside it, before
    /// Terminal.Gui marks its border for drawing along with it.</summary>
    protected override bool OnDrawingSubViews(DrawContext? context)
    {
        foreach (var frame in SubViews.OfType<FilledFrame>()) frame.BeforeDrawing();
        return base.OnDrawingSubViews(context);
    }

    public TranscriptList Transcripts { get; }

    public ThemeList Themes { get; }

    public FrameView ReaderFrame { get; }

    public TranscriptReader Reader { get; }

    public DetailPane Detail { get; }

    public StatusLine Status { get; }

    public ThemePicker Picker { get; } = new();

    /// <summary>Asks for a memo's text.</summary>
    public PromptBox Prompt { get; } = new();

    /// <summary>Offers the roles a speaker can be given.</summary>
    public ChoiceBox Choice { get; } = new();

    public SearchPanel Search { get; }

    public AnalysisPanel Analyses { get; }

    public ReviewPanel Review { get; }

    public CodebookDiffPanel CodebookDiff { get; }

    public FrameworkPanel Framework { get; }

    public KeyHelp KeyHelp { get; } = new();

    /// <summary>Plays the transcripts' recordings; the reader follows the playback.</summary>
    public Listening Listening { get; }
}
