using System.Collections.ObjectModel;
using Codebook.Core.Errors;
using Codebook.Core.Search;
using Codebook.Tui.Keys;
using Codebook.Tui.Panels;
using Codebook.Tui.Prompts;
using Codebook.Tui.Resources;
using Codebook.Tui.Session;
using Codebook.Tui.Themes;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Search;

/// <summary>Type a query (docs/search.md) and see keyword-in-context results as you type; Enter jumps to the passage,
/// Ctrl+K codes every hit with a theme after a preview, in one change that one undo takes back.</summary>
public sealed class SearchPanel : Panel
{
    /// <summary>More would not fit on a screen; the count says how many there are in all.</summary>
    public const int Shown = 200;

    private readonly ProjectSession _session;
    private readonly TextField _query = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly Label _message = new() { X = 0, Y = 1, Width = Dim.Fill() };
    private readonly ListView _results = new() { X = 0, Y = 2, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly ThemePicker _picker = new();
    private readonly ConfirmBox _confirm = new();
    private object? _pending;

    public SearchPanel(ProjectSession session) : base(Strings.SearchTitle, KeyMap.Search)
    {
        _session = session;
        Add(_query, _message, _results, _picker, _confirm);
        Listen(_query);
        _query.ValueChanged += (_, _) => Schedule();
        _picker.Chosen += Preview;
        _picker.Closed += () => { if (!_confirm.Visible) _query.SetFocus(); };
        _confirm.Closed += () => _query.SetFocus();
        AddAction(PanelAction.Jump, Jump);
        AddAction(PanelAction.PlayQuote, PlayHit);
        AddAction(PanelAction.CodeAllHits, PickThemeForAll);
        // The results scroll while the query keeps the keyboard.
        AddCommand(Command.Down, Handling.Always(() => _results.MoveDown()));
        AddCommand(Command.Up, Handling.Always(() => _results.MoveUp()));
        AddCommand(Command.PageDown, Handling.Always(() => _results.MovePageDown(false)));
        AddCommand(Command.PageUp, Handling.Always(() => _results.MovePageUp(false)));
        KeyBindings.Add(Key.CursorDown, Command.Down);
        KeyBindings.Add(Key.CursorUp, Command.Up);
        KeyBindings.Add(Key.PageDown, Command.PageDown);
        KeyBindings.Add(Key.PageUp, Command.PageUp);
    }

    /// <summary>How long typing must pause before the query runs, so each keystroke does not search.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(150);

    public IReadOnlyList<SearchHit> Hits { get; private set; } = [];

    public string Message => _message.Text;

    /// <summary>Enter on a result: the reader opens the transcript with the hit selected.</summary>
    public event Action<SearchHit>? Jumped;

    public void Open()
    {
        Visible = true;
        _query.SetFocus();
        Run();
    }

    private SearchHit? Chosen => _results.SelectedItem is int i && i < Hits.Count ? Hits[i] : null;

    private void Jump()
    {
        if (Chosen is not { } hit) return;
        Close();
        Jumped?.Invoke(hit);
    }

    private void PlayHit()
    {
        if (Chosen is { } hit) AskToPlay(hit.TranscriptId, hit.Span);
    }

    private void PickThemeForAll()
    {
        if (Hits.Count == 0) Say(Strings.NothingToCode);
        else _picker.Open(_session.ThemeTree().InOrder.Select(x => x.Theme).ToList());
    }

    private void Schedule()
    {
        if (App is null || Debounce <= TimeSpan.Zero)
        {
            Run();
            return;
        }
        if (_pending is not null) App.RemoveTimeout(_pending);
        _pending = App.AddTimeout(Debounce, () =>
        {
            _pending = null;
            Run();
            return false;
        });
    }

    /// <summary>A query that cannot be read says why in the panel; the last results go away, nothing else happens.</summary>
    private void Run()
    {
        var query = (_query.Text ?? "").Trim();
        try
        {
            var results = query.Length == 0 ? new SearchResults(0, []) : _session.Search(query, Shown);
            Hits = results.Hits;
            _message.Text = query.Length == 0 ? Strings.SearchHint
                : results.Total == 0 ? Strings.NoPassageFound
                : Names.Passages(results.Total) + (results.Total > Hits.Count ? Names.Format(Strings.BestShown, Hits.Count) : "") + Strings.SearchKeys;
        }
        catch (CodebookException e)
        {
            Hits = [];
            _message.Text = e.Describe();
        }
        _results.SetSource(new ObservableCollection<string>(Hits.Select(Describe)));
        if (Hits.Count > 0) _results.SelectedItem = 0;
        SetNeedsDraw();
    }

    private void Preview(Core.Model.Theme theme)
    {
        var query = (_query.Text ?? "").Trim();
        try
        {
            var plan = _session.PreviewCodeAll(query, theme.Id);
            if (plan.Targets.Count == 0)
            {
                Say(plan.AlreadyCoded > 0 ? Strings.RefusedAlreadyCoded : Strings.NothingToCode);
                return;
            }
            var lines = new List<string>
            {
                Names.Format(Strings.CodeAllPreview, Names.Passages(plan.Targets.Count), Names.Transcripts(plan.Transcripts), ThemeLabel.Of(theme), theme.Id)
                + (plan.AlreadyCoded > 0 ? Names.Count(plan.AlreadyCoded, Strings.CodeAllLeftOutOne, Strings.CodeAllLeftOut) : "."),
                "",
            };
            lines.AddRange(plan.Targets.Take(5).Select(t => Describe(t.Hit)));
            if (plan.Targets.Count > 5) lines.Add(Names.Format(Strings.AndMore, plan.Targets.Count - 5));
            _confirm.Ask(Strings.CodeAllTitle, lines, () => Apply(plan));
        }
        catch (CodebookException e)
        {
            Say(Names.Refusal(e));
        }
    }

    private void Apply(Core.AutoCoding.AutoCodePlan plan)
    {
        try
        {
            _session.CodeAll(plan);
            Run();
        }
        catch (CodebookException e)
        {
            Say(Names.Refusal(e));
        }
    }

    /// <summary>"es12-lucia  l.15  …llego a las ocho y [media]…"</summary>
    public static string Describe(SearchHit hit) => $"{hit.TranscriptId,-14} l.{hit.Line,-4} {hit.Context.Render()}";
}
