using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Core.Framework;
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

namespace Codebook.Tui.Framework;

/// <summary>The framework matrix over the main screen: cases by themes in a grid, and beside it the chosen cell's
/// summary and passages. The arrows move from cell to cell, Enter writes the summary (an undoable change, as on the
/// command line), n/p choose a passage and g opens it in the reader.</summary>
public sealed class FrameworkPanel : Panel
{
    private readonly ProjectSession _session;
    private readonly Label _heading = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 1, Width = Dim.Percent(60), Height = Dim.Fill(), FullRowSelect = false, MaxCellWidth = FrameworkTableSource.CellWidth };
    private readonly DetailPane _cell = new() { Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly PromptBox _prompt = new();
    private readonly Dictionary<string, (Transcript Transcript, LineStarts Lines)> _transcripts = new(StringComparer.Ordinal);
    private FrameworkMatrix? _matrix;

    public FrameworkPanel(ProjectSession session) : base(Strings.FrameworkTitle, KeyMap.Framework)
    {
        _session = session;
        _cell.X = Pos.Right(_table) + 1;
        Add(_heading, _table, _cell, _prompt);
        Listen(_table);
        _prompt.Closed += () => _table.SetFocus();
        AddAction(PanelAction.CellLeft, () => MoveTo(Row, Column - 1));
        AddAction(PanelAction.CellRight, () => MoveTo(Row, Column + 1));
        AddAction(PanelAction.CellUp, () => MoveTo(Row - 1, Column));
        AddAction(PanelAction.CellDown, () => MoveTo(Row + 1, Column));
        AddAction(PanelAction.NextPassage, () => Choose(Passage + 1));
        AddAction(PanelAction.PreviousPassage, () => Choose(Passage - 1));
        AddAction(PanelAction.EditSummary, EditSummary);
        AddAction(PanelAction.OpenPassage, OpenPassage);
    }

    /// <summary>The row (case) and column (theme, from 0) of the chosen cell.</summary>
    public int Row { get; private set; }

    public int Column { get; private set; }

    /// <summary>Which of the chosen cell's passages n/p have chosen.</summary>
    public int Passage { get; private set; }

    public FrameworkCell? Cell => _matrix is { } m && Row < m.Cases.Count && Column < m.Themes.Count ? m[Row, Column] : null;

    /// <summary>What the cell pane shows, for tests.</summary>
    public IReadOnlyList<DetailLine> CellLines => _cell.Paragraphs;

    /// <summary>g on a passage: the reader opens its transcript with the passage selected.</summary>
    public event Action<string, TextSpan>? Jumped;

    public void Open()
    {
        Visible = true;
        Refresh();
        _table.SetFocus();
    }

    /// <summary>Reads the matrix again (after a change), keeping the chosen cell.</summary>
    public void Refresh()
    {
        _transcripts.Clear();
        try
        {
            _matrix = FrameworkMatrix.Of(AnalysisScope.Of(_session.Store), _session.Store.Memos());
        }
        catch (CodebookException e)
        {
            Say(e.Describe());
            return;
        }
        var written = Enumerable.Range(0, _matrix.Cases.Count).SelectMany(_matrix.Row).Count(c => c.Summary is not null);
        _heading.Text = Names.Format(Strings.FrameworkHeading, _matrix.Cases.Count, _matrix.Themes.Count, written);
        _table.Table = new FrameworkTableSource(_matrix, Strings.FrameworkCaseColumn);
        MoveTo(Row, Column);
    }

    private void EditSummary()
    {
        if (Cell is { } cell) _prompt.Ask(Names.Format(Strings.SummaryPrompt, cell.Case.Id, cell.Theme.Id), text => Write(cell, text), cell.Text);
    }

    private void OpenPassage()
    {
        if (Cell is not { Codings.Count: > 0 } withPassages)
        {
            Say(Strings.NoPassageToOpen);
            return;
        }
        var coding = withPassages.Codings[Passage];
        Close();
        Jumped?.Invoke(coding.TranscriptId, coding.Span);
    }

    private void Write(FrameworkCell cell, string text)
    {
        try
        {
            _session.SetSummary(cell.Case.Id, cell.Theme.Id, text);
        }
        catch (CodebookException e)
        {
            Say(Names.Refusal(e));
        }
    }

    private void MoveTo(int row, int column)
    {
        if (_matrix is null) return;
        var moved = row != Row || column != Column;
        Row = Math.Clamp(row, 0, Math.Max(0, _matrix.Cases.Count - 1));
        Column = Math.Clamp(column, 0, Math.Max(0, _matrix.Themes.Count - 1));
        if (moved) Passage = 0;
        if (_matrix.Cases.Count > 0 && _matrix.Themes.Count > 0)
        {
            _table.SetSelection(Column + 1, Row, false, null);
            _table.EnsureCursorIsVisible();
        }
        Choose(Passage);
    }

    private void Choose(int passage)
    {
        var cell = Cell;
        Passage = cell is null || cell.Codings.Count == 0 ? 0 : Math.Clamp(passage, 0, cell.Codings.Count - 1);
        _cell.Show(cell is null ? [] : Lines(cell));
        SetNeedsDraw();
    }

    private IEnumerable<DetailLine> Lines(FrameworkCell cell)
    {
        var theme = cell.Theme;
        yield return new DetailLine(Names.Format(Strings.FrameworkCell, cell.Case.Id, ThemeLabel.Of(theme)), ThemeColors.Of(theme), Bold: true);
        yield return new DetailLine(cell.Summary is { } summary ? $"{summary.Text} — {summary.Author}, {summary.CreatedAt.ToLocalTime():yyyy-MM-dd}" : Strings.FrameworkNoSummary);
        yield return new DetailLine("");
        if (cell.Codings.Count == 0)
        {
            yield return new DetailLine(Strings.FrameworkNoPassages);
            yield break;
        }
        yield return new DetailLine(Names.Format(Strings.FrameworkPassages, Passage + 1, cell.Codings.Count), Bold: true);
        for (int i = 0; i < cell.Codings.Count; i++)
        {
            var coding = cell.Codings[i];
            var (line, text) = TranscriptOf(coding.TranscriptId) is var (transcript, lines)
                ? (lines.LineAt(coding.Start), Excerpt.Of(transcript.Text[coding.Start..Math.Min(coding.End, transcript.Text.Length)], 160))
                : (0, "");
            yield return new DetailLine(Names.Format(Strings.FrameworkPassage, i == Passage ? "▶" : " ", coding.TranscriptId, line, coding.Coder, text),
                i == Passage ? ThemeColors.Of(theme) : null, Bold: i == Passage);
        }
    }

    /// <summary>Each transcript a passage comes from is read once while the panel shows the same matrix.</summary>
    private (Transcript, LineStarts)? TranscriptOf(string id)
    {
        if (_transcripts.TryGetValue(id, out var known)) return known;
        if (_session.Store.FindTranscript(id) is not { } found) return null;
        return _transcripts[id] = (found, new LineStarts(found.Text));
    }
}
