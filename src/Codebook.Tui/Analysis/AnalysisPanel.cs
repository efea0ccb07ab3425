using Codebook.Core.Analysis;
using Codebook.Core.Errors;
using Codebook.Core.Pseudonyms;
using Codebook.Formats.Tables;
using Codebook.Tui.Keys;
using Codebook.Tui.Panels;
using Codebook.Tui.Prompts;
using Codebook.Tui.Resources;
using Codebook.Tui.Session;
using Codebook.Tui.Themes;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Codebook.Tui.Analysis;

/// <summary>The analyses over the main screen, one at a time: theme frequencies as bars, theme × case and theme ×
/// attribute matrices and co-occurrence as tables, saturation as a curve of bars. Each can be restricted to the
/// passages a query finds and exported to CSV or Markdown, with the same tables the command line writes.</summary>
public sealed class AnalysisPanel : Panel
{
    private readonly ProjectSession _session;
    private readonly Label _heading = new() { X = 0, Y = 0, Width = Dim.Fill() };
    private readonly BarChart _chart = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill() };
    private readonly TableView _table = new() { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(), FullRowSelect = true };
    private readonly PromptBox _prompt = new();
    private int _attribute;

    public AnalysisPanel(ProjectSession session) : base(Strings.AnalysesTitle, KeyMap.Analyses)
    {
        _session = session;
        Add(_heading, _chart, _table, _prompt);
        Listen(_chart);
        Listen(_table);
        _prompt.Closed += () => Current().SetFocus();
        AddAction(PanelAction.Frequencies, () => Show(AnalysisKind.Frequencies));
        AddAction(PanelAction.MatrixByCase, () => Show(AnalysisKind.MatrixByCase));
        AddAction(PanelAction.MatrixByAttribute, () => Show(AnalysisKind.MatrixByAttribute));
        AddAction(PanelAction.CoOccurrence, () => Show(AnalysisKind.CoOccurrence));
        AddAction(PanelAction.Saturation, () => Show(AnalysisKind.Saturation));
        AddAction(PanelAction.NextAttribute, NextAttribute);
        AddAction(PanelAction.Restrict, AskRestriction);
        AddAction(PanelAction.Export, () => _prompt.Ask(Strings.ExportPrompt, Export, Kind.ToString().ToLowerInvariant() + ".csv"));
    }

    public AnalysisKind Kind { get; private set; }

    /// <summary>The query the analysis is restricted to; empty for the whole project.</summary>
    public string Restriction { get; private set; } = "";

    /// <summary>What is shown, as the command line would print or export it.</summary>
    public ResultTable? Result { get; private set; }

    public void Open(AnalysisKind kind = AnalysisKind.Frequencies)
    {
        Visible = true;
        Show(kind);
    }

    private void NextAttribute()
    {
        _attribute++;
        Show(AnalysisKind.MatrixByAttribute);
    }

    private void AskRestriction() => _prompt.Ask(Strings.RestrictPrompt, query =>
    {
        Restriction = query;
        Show(Kind);
    }, Restriction);

    /// <summary>Computes the analysis again (after a change, or another choice) and shows it.</summary>
    public void Show(AnalysisKind kind)
    {
        Kind = kind;
        try
        {
            var restriction = Restriction.Length == 0 ? null : PassageRestriction.Of(_session.Search(Restriction, int.MaxValue).Hits);
            var scope = AnalysisScope.Of(_session.Store, restriction);
            Result = Build(scope, out var bars);
            _heading.Text = Names.Format(Strings.AnalysisHeading, Result.Title,
                Restriction.Length == 0 ? "" : Names.Format(Strings.RestrictedTo, Restriction), Names.Codings(scope.Codings.Count));
            _chart.Visible = bars is not null;
            _table.Visible = bars is null;
            if (bars is not null) _chart.Show(bars);
            else
            {
                _table.Table = new ResultTableSource(Result);
                for (int i = 0; i < Result.Columns.Count; i++)
                {
                    _table.Style.GetOrCreateColumnStyle(i).Alignment = Result.Columns[i].Numeric ? Alignment.End : Alignment.Start;
                }
                _table.Update();
            }
        }
        catch (CodebookException e)
        {
            Say(e.Describe());
        }
        if (Visible && !_prompt.Visible) Current().SetFocus();
        SetNeedsDraw();
    }

    private View Current() => _chart.Visible ? _chart : _table;

    /// <summary>A frequency bar's note: "3 passages · 2 cases · 1 word".</summary>
    private static string Note(ThemeFrequency f) => string.Join(" · ", Names.Passages(f.Passages),
        Names.Count(f.Cases, Strings.CasesOne, Strings.CasesMany), Names.Count(f.Words, Strings.WordsOne, Strings.WordsMany));

    private ResultTable Build(AnalysisScope scope, out IReadOnlyList<Bar>? bars)
    {
        bars = null;
        switch (Kind)
        {
            case AnalysisKind.Frequencies:
                var frequencies = ThemeFrequencies.Of(scope, rollup: false);
                bars = frequencies.Select(f => new Bar(new string(' ', 2 * f.Depth) + ThemeLabel.Of(f.Theme), f.Codings, ThemeColors.Of(f.Theme),
                    Note(f))).ToList();
                return FrequencyTable.From(frequencies, rollup: false);
            case AnalysisKind.MatrixByCase:
                return MatrixTable.From(ThemeMatrices.ByCase(scope, MatrixCount.Codings, rollup: false));
            case AnalysisKind.MatrixByAttribute:
                var attributes = scope.Cases().SelectMany(c => c.Attributes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
                if (attributes.Count == 0) throw new CodebookException(ErrorCode.NotFound, Strings.NoAttributes, null, Strings.NoAttributesHint);
                return MatrixTable.From(ThemeMatrices.ByAttribute(scope, attributes[_attribute % attributes.Count], MatrixCount.Codings, rollup: false));
            case AnalysisKind.CoOccurrence:
                return CoOccurrenceTable.From(CoOccurrences.Of(scope, CoOccurrenceMode.SamePassage), CoOccurrenceMode.SamePassage);
            default:
                var steps = Saturation.Of(scope);
                bars = steps.Select(s => new Bar($"{s.Position,2} {s.Transcript.Id}", s.Cumulative, null,
                    s.NewThemes.Count == 0 ? "" : "+" + string.Join(" ", s.NewThemes.Select(t => t.Id)))).ToList();
                return SaturationTable.From(steps);
        }
    }

    private void Export(string path)
    {
        if (path.Length == 0 || Result is null) return;
        try
        {
            // Case names and transcript ids are in these tables: the pseudonym table applies, as in every export.
            var pseudonymiser = new Pseudonymiser(_session.Store.Pseudonyms());
            var table = TablePseudonyms.Apply(Result, pseudonymiser);
            var left = RealNameScan.Find(pseudonymiser, TablePseudonyms.Texts(table));
            if (left.Count > 0)
            {
                Say(Names.Format(Strings.RealNamesLeft, path, string.Join("; ", left.Take(5))));
                return;
            }
            TableFile.Write(path, table);
            Say(Names.Format(Strings.Wrote, Path.GetFullPath(path)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Say(Names.Format(Strings.CouldNotWrite, path, e.Message));
        }
    }
}
