using System.Text.Json;
using Codebook.Testing;
using static Codebook.Cli.Tests.Framework.FrameworkStudy;

namespace Codebook.Cli.Tests.Framework;

[TestClass]
public sealed class FrameworkCommandTests
{
    [TestMethod]
    public void ASummaryWrittenShowsInTheMatrixAndUndoTakesItBack()
    {
        using var temp = Create();

        Ok(temp, "--coder", "ana", "framework", "set", "nadia", "resistance", "Keeps", "a", "private", "notebook.");

        var cell = Cell(temp, "nadia", "resistance");
        Assert.AreEqual("Keeps a private notebook.", cell.GetProperty("summary").GetString());
        Assert.AreEqual("ana", cell.GetProperty("author").GetString());
        Assert.AreEqual(1, cell.GetProperty("passages").GetInt32());
        Assert.AreEqual(1, Cell(temp, "lucia", "reporting-pressure").GetProperty("passages").GetInt32());
        StringAssert.Contains(Ok(temp, "framework").Out, "resistance          1 passage     Keeps a private notebook.");
        StringAssert.Contains(Ok(temp, "memos").Out, "on cell:nadia/resistance by ana");

        Ok(temp, "undo");
        Assert.IsFalse(Cell(temp, "nadia", "resistance").TryGetProperty("summary", out _));
    }

    [TestMethod]
    public void EmptyTextClearsACellAndATranscriptIdNamesItsCase()
    {
        using var temp = Create();
        Ok(temp, "framework", "set", "fr01-nadia", "reporting-pressure", "Encodes every action.");
        Assert.AreEqual("Encodes every action.", Cell(temp, "nadia", "reporting-pressure").GetProperty("summary").GetString());

        StringAssert.Contains(Ok(temp, "framework", "set", "nadia", "reporting-pressure", "").Out, "is empty");
        Assert.IsFalse(Cell(temp, "nadia", "reporting-pressure").TryGetProperty("summary", out _));
    }

    [TestMethod]
    public void AnUnknownCaseOrThemeIsAClearErrorNamingTheCloseOnes()
    {
        using var temp = Create();
        var log = Ok(temp, "log").Out;

        var noCase = CliRun.Of("--project", temp.Project, "framework", "set", "nadai", "resistance", "x");
        Assert.AreEqual(2, noCase.ExitCode, noCase.ToString());
        StringAssert.Contains(noCase.Error, "no case 'nadai' in this project; did you mean 'nadia'?");
        var noTheme = CliRun.Of("--project", temp.Project, "framework", "--themes", "resistence");
        StringAssert.Contains(noTheme.Error, "no theme 'resistence' in this project; did you mean 'resistance'?");
        Assert.AreEqual(log, Ok(temp, "log").Out);
    }

    [TestMethod]
    public void ThemesChooseTheColumnsAndAQueryThePassages()
    {
        using var temp = Create();

        var json = Json(temp, "framework", "--themes", "reporting-pressure", "--where", "registrar");

        CollectionAssert.AreEqual(new[] { "reporting-pressure" }, json.GetProperty("themes").EnumerateArray().Select(t => t.GetString()).ToList());
        var cells = json.GetProperty("cells").EnumerateArray().Select(c => c.GetProperty("case").GetString()).ToList();
        CollectionAssert.AreEqual(new[] { "lucia" }, cells);
    }

    internal static JsonElement Cell(TempFolder temp, string @case, string theme) =>
        Json(temp, "framework").GetProperty("cells").EnumerateArray()
            .Single(c => c.GetProperty("case").GetString() == @case && c.GetProperty("theme").GetString() == theme);

    private static JsonElement Json(TempFolder temp, params string[] args) => JsonDocument.Parse(Ok(temp, ["--json", .. args]).Out).RootElement;
}
