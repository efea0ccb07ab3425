using Codebook.Core.Errors;
using Codebook.Core.Themes;
using Codebook.Tui.Detail;
using Codebook.Tui.Keys;
using Codebook.Tui.Panels;
using Codebook.Tui.Resources;
using Codebook.Tui.Session;
using Terminal.Gui.ViewBase;

namespace Codebook.Tui.Review;

/// <summary>What changed in the codebook from one version to the next (snapshots in the order they were taken, then
/// the current codebook): one change a line, as <c>codebook themes diff</c> prints it. ←/→ step through the pairs.</summary>
public sealed class CodebookDiffPanel : Panel
{
    private readonly ProjectSession _session;
    private readonly DetailPane _lines = new() { Width = Dim.Fill(), Height = Dim.Fill() };
    private IReadOnlyList<string> _versions = [];
    private int _before;

    public CodebookDiffPanel(ProjectSession session) : base(Strings.DiffTitle, KeyMap.CodebookDiff)
    {
        _session = session;
        Add(_lines);
        AddAction(PanelAction.EarlierVersion, () => Compare(_before - 1));
        AddAction(PanelAction.LaterVersion, () => Compare(_before + 1));
    }

    public IReadOnlyList<DetailLine> Lines => _lines.Paragraphs;

    /// <summary>Opens on the latest snapshot against the current codebook.</summary>
    public void Open()
    {
        _versions = [.. _session.Store.Snapshots().OrderBy(s => s.At).Select(s => s.Label), CodebookVersions.Current];
        _before = Math.Max(0, _versions.Count - 2);
        Visible = true;
        SetFocus();
        Compare();
    }

    /// <summary>Compares another pair of neighbouring versions, <paramref name="before"/> kept within the list.</summary>
    private void Compare(int before)
    {
        _before = Math.Clamp(before, 0, Math.Max(0, _versions.Count - 2));
        Compare();
    }

    private void Compare()
    {
        if (_versions.Count < 2)
        {
            Title = Strings.DiffTitle;
            _lines.Show([new DetailLine(Strings.NoSnapshot)]);
            return;
        }
        var (before, after) = (_versions[_before], _versions[_before + 1]);
        Title = Names.Format(Strings.DiffHeading, before, after);
        try
        {
            var differences = _session.Diff(before, after);
            _lines.Show(differences.Count == 0
                ? [new DetailLine(Strings.NoDifferences)]
                : differences.Select(d => new DetailLine($"{d.KindName,-10} {d.Theme}  {d.Describe()}")));
        }
        catch (CodebookException e)
        {
            _lines.Show([new DetailLine(e.Describe())]);
        }
    }
}
