using Codebook.Tui.Analysis;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests.Analysis;

/// <summary>The analyses on the whole sample study with both coders' codings: the numbers on screen are the codings
/// counted straight from the project file.</summary>
[TestClass]
public sealed class AnalysisPanelTests
{
    private static Study _study = null!;

    [ClassInitialize]
    public static void BuildTheSampleStudy(TestContext _) => _study = Study.Sample();

    [ClassCleanup]
    public static void Remove() => _study.Dispose();

    [TestMethod]
    public void TheFrequencyChartHasABarPerThemeWithItsNumberOfCodings()
    {
        using var screen = new Screen(new MainWindow(_study.Session), 120, 40);

        screen.Press('a');

        var themes = _study.Store.Themes().ToDictionary(t => t.Id);
        var counts = _study.Store.Codings().GroupBy(c => c.ThemeId).Select(g => (Theme: themes[g.Key], Count: g.Count())).ToList();
        Assert.IsNotEmpty(counts);
        StringAssert.Contains(screen.Text, "Theme frequencies");
        foreach (var (theme, count) in counts)
        {
            var row = screen.Rows.SingleOrDefault(r => r.Contains(theme.Label[..Math.Min(20, theme.Label.Length)]) && r.Contains('█'));
            Assert.IsNotNull(row, $"{theme.Id}:\n{screen.Text}");
            StringAssert.Contains(row, $"█ {count} ", theme.Id);
        }
    }

    [TestMethod]
    public void TheThemeByCaseMatrixCountsEachThemesCodingsPerCase()
    {
        var window = new MainWindow(_study.Session);
        using var screen = new Screen(window, 120, 40);

        screen.Press('a', '2');

        Assert.AreEqual(AnalysisKind.MatrixByCase, window.Analyses.Kind);
        var first = _study.Store.Transcripts().OrderBy(t => t.ImportedAt).ThenBy(t => t.Id, StringComparer.Ordinal).First();
        var caseId = first.CaseId ?? first.Id;
        StringAssert.Contains(screen.Text, caseId);
        var coded = _study.Store.Codings().Where(c => c.TranscriptId == first.Id).GroupBy(c => c.ThemeId).ToList();
        Assert.IsNotEmpty(coded);
        foreach (var theme in coded)
        {
            var row = screen.Rows.SingleOrDefault(r => r.Split('│', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() == theme.Key);
            Assert.IsNotNull(row, screen.Text);
            var cells = row.Split('│', StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).ToList();
            Assert.AreEqual(theme.Count().ToString(), cells[1], row);
        }
    }

    [TestMethod]
    public void AQueryRestrictsTheAnalysisAndTheTableExportsAsCsv()
    {
        var window = new MainWindow(_study.Session);
        using var screen = new Screen(window, 120, 40);
        var file = Path.Combine(Path.GetTempPath(), $"codebook-freq-{Guid.NewGuid():N}.csv");

        screen.Press('a', '/').Type("ordenador").Press(Key.Enter);
        StringAssert.Contains(screen.Text, "restricted to: ordenador");
        var restricted = window.Analyses.Result!;
        screen.Press('e');
        for (int i = 0; i < 20; i++) screen.Press(Key.Backspace);
        screen.Type(file).Press(Key.Enter);

        try
        {
            var lines = File.ReadAllLines(file);
            Assert.AreEqual("theme,label,codings,passages,cases,words", lines[0].TrimStart('\uFEFF'));
            Assert.HasCount(restricted.Rows.Count + 1, lines);
            var all = _study.Store.Codings().Count;
            var counted = restricted.Rows.Sum(r => (int)r.Cells[2]);
            Assert.IsTrue(counted > 0 && counted < all, $"{counted} of {all}");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
