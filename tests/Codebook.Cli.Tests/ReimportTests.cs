using System.Text.Json;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>A corrected transcript imported again: codings follow the text, deleted ones are kept aside, undo restores.</summary>
[TestClass]
public sealed class ReimportTests
{
    private const string Coded = "On enlève le nom, on met juste les initiales";
    private const string Corrected = "On enlève le nom, on garde juste les initiales";
    private const string Inserted = " Ça a pris du temps, hein.";
    private const string Anchor = "Alors on a commencé à anonymiser les CV.";

    private TempFolder _temp = null!;
    private string _original = "";

    [TestInitialize]
    public void CodeTheSampleInterview()
    {
        _temp = new TempFolder();
        Ok("init", _temp.Project);
        var file = Path.Combine(Repository.Interviews, "fr01-nadia.txt");
        _original = File.ReadAllText(file);
        Ok("import", file);
        Ok("themes", "import", Repository.StudyCodebook);
        Ok("code", "fr01-nadia", "--theme", "resistance", "--match", Coded);
        Ok("code", "fr01-nadia", "--theme", "quotas-targets", "--match", "Trente pour cent");
    }

    [TestCleanup]
    public void DeleteProject() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    /// <summary>The sample file as a researcher corrected it, saved in a folder of its own under the same name.</summary>
    private string Version(string folder, string text)
    {
        Assert.AreNotEqual(_original, text, "the version must differ from the sample");
        return _temp.Write($"{folder}/fr01-nadia.txt", text);
    }

    private string CorrectedVersion() =>
        Version("v2", _original.Replace(Anchor, Anchor + Inserted).Replace(Coded, Corrected));

    private string PassageDeleted(string text) => Version("v3", text.Replace(" " + Corrected + ",", "").Replace(" " + Coded + ",", ""));

    private Dictionary<string, string> CodedTexts() => Ok("codings", "--json").Json().EnumerateArray()
        .ToDictionary(c => c.GetProperty("theme").GetString()!, c => c.GetProperty("text").GetString()!);

    private Dictionary<string, string> CodingIds() => Ok("codings", "--json").Json().EnumerateArray()
        .ToDictionary(c => c.GetProperty("theme").GetString()!, c => c.GetProperty("id").GetString()!);

    private string CodingsJson() => CanonicalJson.Of(Ok("codings", "--json").Out);

    [TestMethod]
    public void ACorrectedWordInsideACodedPassageStaysCodedAndADeletedPassageIsReportedUnplaced()
    {
        var before = Ok("codings", "--json").Json().EnumerateArray().Single(c => c.GetProperty("theme").GetString() == "resistance");

        var update = Ok("import", CorrectedVersion());

        StringAssert.Contains(update.Out, "updated");
        StringAssert.Contains(update.Out, "fr01-nadia: 2 codings carried (1 with corrected text), 0 unplaced");
        var after = Ok("codings", "--json").Json().EnumerateArray().Single(c => c.GetProperty("theme").GetString() == "resistance");
        Assert.AreEqual(Corrected, after.GetProperty("text").GetString());
        Assert.AreEqual(before.GetProperty("id").GetString(), after.GetProperty("id").GetString());
        Assert.AreEqual(before.GetProperty("start").GetInt32() + Inserted.Length, after.GetProperty("start").GetInt32());
        Assert.AreEqual("Trente pour cent", CodedTexts()["quotas-targets"]);
        var corrected = CodingsJson();

        var deletion = Ok("import", PassageDeleted(File.ReadAllText(_temp.PathOf("v2/fr01-nadia.txt"))));

        var id = after.GetProperty("id").GetString()!;
        StringAssert.Contains(deletion.Out, $"1 coding carried, 1 unplaced ({id} \"On enlève le nom, on garde juste les in…\")");
        StringAssert.Contains(deletion.Out, "codings --unplaced");
        Assert.IsFalse(CodedTexts().ContainsKey("resistance"));
        StringAssert.Contains(Ok("codings").Out, "1 more unplaced by a re-import");
        var listed = Ok("codings", "--unplaced").Out;
        StringAssert.Contains(listed, $"{id} resistance on fr01-nadia by ana, unplaced: \"{Corrected}\"");
        Assert.AreEqual(Corrected, Ok("codings", "--unplaced", "--json").Json()[0].GetProperty("text").GetString());

        StringAssert.Contains(Ok("undo").Out, "undid");
        Assert.AreEqual(corrected, CodingsJson());
        Assert.AreEqual(0, Ok("codings", "--unplaced", "--json").Json().GetArrayLength());
    }

    [TestMethod]
    public void UndoingAReimportGivesBackTheOldTextAndTheCodingsExactly()
    {
        var start = CodingsJson();
        var lines = Ok("show", "fr01-nadia", "--json").Out;
        Ok("import", CorrectedVersion());
        Assert.AreNotEqual(start, CodingsJson());

        var log = Ok("log", "--json").Json();
        Assert.AreEqual("reimport", log[log.GetArrayLength() - 1].GetProperty("action").GetString());
        Ok("undo");

        Assert.AreEqual(start, CodingsJson());
        Assert.AreEqual(lines, Ok("show", "fr01-nadia", "--json").Out);
    }

    [TestMethod]
    public void ImportJsonSaysWhatBecameOfTheCodings()
    {
        var json = Ok("import", "--json", PassageDeleted(_original)).Json()[0];

        Assert.AreEqual("updated", json.GetProperty("status").GetString());
        Assert.AreEqual("fr01-nadia", json.GetProperty("transcriptId").GetString());
        var reimport = json.GetProperty("reimport");
        Assert.AreEqual(1, reimport.GetProperty("carried").GetInt32());
        Assert.AreEqual(0, reimport.GetProperty("edited").GetInt32());
        var unplaced = reimport.GetProperty("unplaced")[0];
        Assert.AreEqual(Coded, unplaced.GetProperty("text").GetString());
        Assert.AreEqual("resistance", unplaced.GetProperty("theme").GetString());
    }

    [TestMethod]
    public void UncodeRemovesAnUnplacedCodingAndUndoKeepsItAsideAgain()
    {
        Ok("import", PassageDeleted(_original));
        var id = Ok("codings", "--unplaced", "--json").Json()[0].GetProperty("id").GetString()!;

        var uncode = Ok("uncode", id);

        StringAssert.Contains(uncode.Out, $"uncoded {id} resistance on fr01-nadia by ana, unplaced: \"{Coded}\"");
        Assert.AreEqual(0, Ok("codings", "--unplaced", "--json").Json().GetArrayLength());
        Ok("undo");
        Assert.AreEqual(id, Ok("codings", "--unplaced", "--json").Json()[0].GetProperty("id").GetString());
    }

    [TestMethod]
    public void PlacePutsAnUnplacedCodingBackWithItsIdAndMemo()
    {
        var id = CodingIds()["resistance"];
        Ok("memo", "add", "--on", $"coding:{id}", "anonymising CVs");
        Ok("import", PassageDeleted(_original));
        StringAssert.Contains(Ok("memos").Out, $"coding:{id}", "the memo stays with the coding kept aside");

        var place = Ok("place", id, "--match", "on enlève la photo");

        StringAssert.Contains(place.Out, $"placed {id} resistance on fr01-nadia");
        Assert.AreEqual("on enlève la photo", CodedTexts()["resistance"]);
        Assert.AreEqual(0, Ok("codings", "--unplaced", "--json").Json().GetArrayLength());
        StringAssert.Contains(Ok("memos").Out, $"coding:{id}");
        Assert.AreEqual(2, Run("place", id, "--match", "photo").ExitCode, "only unplaced codings are placed");
        Ok("undo");
        Assert.AreEqual(id, Ok("codings", "--unplaced", "--json").Json()[0].GetProperty("id").GetString());
    }

    [TestMethod]
    public void AnotherInterviewUnderATakenIdIsRefusedUnlessReplaced()
    {
        var start = CodingsJson();
        var other = File.ReadAllText(Path.Combine(Repository.Interviews, "fr03-fatima.txt"));
        var file = Version("other", System.Text.RegularExpressions.Regex.Replace(other, "(?m)^id: .*$", "id: fr01-nadia"));

        var refused = Run("import", file);

        Assert.AreEqual(1, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Out, "FAILED");
        StringAssert.Contains(refused.Out, "looks like another interview");
        StringAssert.Contains(refused.Out, "--replace");
        Assert.AreEqual(start, CodingsJson());

        var replaced = Ok("import", "--replace", file);

        // Fatima happens to say "trente pour cent" too, so that coding may find a place; none is lost.
        StringAssert.Contains(replaced.Out, "updated");
        var aside = Ok("codings", "--unplaced", "--json").Json().EnumerateArray().ToList();
        Assert.AreEqual(Coded, aside.Single(c => c.GetProperty("theme").GetString() == "resistance").GetProperty("text").GetString());
        Assert.AreEqual(2, aside.Count + Ok("codings", "--json").Json().GetArrayLength());
    }
}
