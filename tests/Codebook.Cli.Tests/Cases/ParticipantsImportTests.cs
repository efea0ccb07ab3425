using System.Text.Json;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Cases;

/// <summary>The sample participants' table on a project whose transcripts had no front matter: a preview first,
/// then every case its attributes in one change, used by matrices and searches, and one undo takes it all back.</summary>
[TestClass]
public sealed class ParticipantsImportTests
{
    private static string Table(string extension) => Path.Combine(Repository.Root, "corpus-samples", "participants" + extension);

    /// <summary>The interviewees aged 30 to 45, by the sample table.</summary>
    private static readonly string[] ThirtyToFortyFive =
        ["es12-lucia", "es13-diego", "es16-rosa", "es17-andres", "fr01-nadia", "fr05-sophie", "fr06-mamadou", "fr09-anne"];

    [TestMethod]
    public void TheSampleTableGivesEveryCaseItsAttributesForMatricesAndSearchesAndOneUndoTakesItBack()
    {
        using var temp = PlainStudy.Build();
        string[] project = ["--project", temp.Project];
        Assert.AreEqual(0, Ok([.. project, "cases", "--json"]).Json().GetArrayLength());
        int changesBefore = Ok([.. project, "log", "--json"]).Json().GetArrayLength();

        var preview = Ok([.. project, "cases", "import", Table(".xlsx")]);

        StringAssert.Contains(preview.Out, "line 2: fr01-nadia → case fr01-nadia (new) by transcript id, 9 values to write");
        StringAssert.Contains(preview.Out, "1 row placed on no case:\n  line 19: 'fr18-paul': no case id or name, transcript id or file name");
        StringAssert.Contains(preview.Out, "on 17 cases (17 new)");
        StringAssert.Contains(preview.Out, "Nothing changed: run again with --yes");
        Assert.AreEqual(0, Ok([.. project, "cases", "--json"]).Json().GetArrayLength(), "the preview changes nothing");

        var applied = Ok([.. project, "cases", "import", Table(".xlsx"), "--yes"]);

        StringAssert.Contains(applied.Out, "imported attributes of 17 cases from participants.xlsx");
        var cases = Ok([.. project, "cases", "--json"]).Json().EnumerateArray().ToList();
        Assert.AreEqual(17, cases.Count);
        foreach (var @case in cases)
        {
            var attributes = @case.GetProperty("attributes");
            foreach (var name in new[] { "pseudonym", "role", "organisation", "territory", "age", "interview-date" })
            {
                Assert.IsTrue(attributes.TryGetProperty(name, out _), $"{@case.GetProperty("id")} lacks {name}");
            }
            CollectionAssert.AreEqual(new[] { @case.GetProperty("id").GetString() }, @case.GetProperty("transcripts").EnumerateArray().Select(t => t.GetString()).ToArray());
        }
        var nadia = cases.Single(c => c.GetProperty("id").GetString() == "fr01-nadia");
        Assert.AreEqual("Nadia", nadia.GetProperty("name").GetString());
        Assert.AreEqual("41", nadia.GetProperty("attributes").GetProperty("age").GetString());
        Assert.AreEqual("2013-10-08", nadia.GetProperty("attributes").GetProperty("interview-date").GetString(), "a date cell reads as an ISO day");

        var matrix = ParsedTable.FromJson(Ok([.. project, "matrix", "--by", "attr:age", "--bins", "30,45", "--json"]).Out);
        CollectionAssert.AreEqual(new[] { "theme", "< 30", "30 – < 45", "≥ 45", "total" }, matrix.Header.ToList());
        CollectionAssert.AreEqual(new[] { "3", "8", "6", "17" }, matrix.Row("cases in column").ToList());
        var total = matrix.Row("total");
        Assert.AreEqual(int.Parse(total[3]), total.Take(3).Sum(int.Parse), "every coding falls in one bin");
        Assert.IsGreaterThan(0, int.Parse(total[1]));

        var found = Hits(project, "age:[30 TO 45] AND chiffres");
        Assert.IsNotEmpty(found);
        CollectionAssert.IsSubsetOf(found.Distinct().ToList(), ThirtyToFortyFive);
        CollectionAssert.AreEquivalent(ThirtyToFortyFive, Hits(project, "age:[30 TO 45]").Distinct().ToList());
        CollectionAssert.AreEquivalent(Hits(project, "age:[30 TO 45]"), Hits(project, "attr.age:[30 TO 45]"));
        CollectionAssert.AreEquivalent(new[] { "es12-lucia", "es14-carmen", "fr02-olivier", "fr03-fatima", "fr11-martine" },
            Hits(project, "interview-date:[2013-11-01 TO 2013-12-31]").Distinct().ToList());

        var undo = Ok([.. project, "undo"]);

        StringAssert.Contains(undo.Out, "imported attributes of 17 cases");
        Assert.AreEqual(0, Ok([.. project, "cases", "--json"]).Json().GetArrayLength());
        Assert.IsTrue(Ok([.. project, "transcripts", "--json"]).Json().EnumerateArray().All(t => !t.TryGetProperty("case", out var c) || c.ValueKind == JsonValueKind.Null));
        Assert.IsEmpty(Hits(project, "age:[30 TO 45]"));
        Assert.AreEqual(changesBefore + 2, Ok([.. project, "log", "--json"]).Json().GetArrayLength(), "the import and its undo");
    }

    [TestMethod]
    public void TheCsvTableReadsAsTheWorkbookDoes()
    {
        using var temp = new TempFolder();
        Ok("init", temp.Project);
        temp.Write("fr01-nadia.txt", "ENQ : Bonjour.\nNADIA : Bonjour.\n");
        Ok("--project", temp.Project, "import", temp.PathOf("fr01-nadia.txt"));

        var fromWorkbook = Ok("--project", temp.Project, "cases", "import", Table(".xlsx"), "--json").Out;
        var fromCsv = Ok("--project", temp.Project, "cases", "import", Table(".csv"), "--json").Out;

        Assert.AreEqual(fromWorkbook, fromCsv);
        Assert.AreEqual(17, Ok("--project", temp.Project, "cases", "import", Table(".csv"), "--json").Json().GetProperty("unplacedRows").GetArrayLength());
    }

    [TestMethod]
    public void RowsMatchCaseIdsNamesAndFileNamesAndThePreviewShowsWhatAValueReplaces()
    {
        using var temp = new TempFolder();
        Ok("init", temp.Project);
        temp.Write("a.txt", "---\ncase: p01\nattributes:\n  pseudonym: Nadia\n  age: 40\n---\nENQ : Bonjour.\nNADIA : Bonjour.\n");
        temp.Write("entretien-b.txt", "ENQ : Bonjour.\nOLIVIER : Bonjour.\n");
        temp.Write("c.txt", "ENQ : Bonjour.\nANNE : Bonjour.\n");
        Ok("--project", temp.Project, "import", temp.PathOf("a.txt"), temp.PathOf("entretien-b.txt"), temp.PathOf("c.txt"));
        var table = temp.Write("people.csv",
            "person;age;;role;role\nNadia;41;;worker;x\nentretien-b.txt;29;;worker;y\nc;33;;;\nP01;50;;;\nnobody;1;;;\n;;;;\n");

        var plan = Ok("--project", temp.Project, "cases", "import", table, "--json").Json();

        var matches = plan.GetProperty("matches").EnumerateArray().Select(m => $"{m.GetProperty("line")} {m.GetProperty("caseId")} {m.GetProperty("by")} {m.GetProperty("newCase")}").ToList();
        CollectionAssert.AreEqual(new[] { "2 p01 case name False", "3 entretien-b file name True", "4 c transcript id True" }, matches);
        var unplaced = plan.GetProperty("unplacedRows").EnumerateArray().Select(r => $"{r.GetProperty("line")} {r.GetProperty("reason")}").ToList();
        CollectionAssert.AreEqual(new[] { "5 line 2 already gives case 'p01' its attributes", "6 no case id or name, transcript id or file name" }, unplaced);
        CollectionAssert.AreEqual(new[] { "5 role" }, plan.GetProperty("unplacedColumns").EnumerateArray().Select(c => $"{c.GetProperty("position")} {c.GetProperty("name")}").ToArray());
        var replaced = plan.GetProperty("changes").EnumerateArray().Single(c => c.TryGetProperty("before", out _));
        Assert.AreEqual("p01 age 40 41", $"{replaced.GetProperty("caseId")} {replaced.GetProperty("attribute")} {replaced.GetProperty("before")} {replaced.GetProperty("after")}");
        var preview = Ok("--project", temp.Project, "cases", "import", table);
        StringAssert.Contains(preview.Out, "  p01: age '40' → '41'");
        StringAssert.Contains(preview.Out, "  column 5 'role': column 4 has the same name");
    }

    [TestMethod]
    public void AKeyColumnCanBeNamedAndAValueOfTheWrongTypeIsLeftOut()
    {
        using var temp = new TempFolder();
        Ok("init", temp.Project);
        temp.Write("fr01.txt", "---\ncase: nadia\nattributes:\n  age: 40\n---\nENQ : Bonjour.\nNADIA : Bonjour.\n");
        Ok("--project", temp.Project, "import", temp.PathOf("fr01.txt"));
        Ok("--project", temp.Project, "attribute", "type", "age", "number");
        var table = temp.Write("people.csv", "age,case\nforty-one,nadia\n");

        var preview = Ok("--project", temp.Project, "cases", "import", table, "--key", "CASE");

        StringAssert.Contains(preview.Out, "line 2: age = 'forty-one' is not a number");
        StringAssert.Contains(preview.Out, "Nothing to change.");
        var missing = CliRun.Of("--project", temp.Project, "cases", "import", table, "--key", "interview");
        Assert.AreEqual(2, missing.ExitCode, missing.ToString());
        StringAssert.Contains(missing.Error, "the table has no column 'interview'");
        StringAssert.Contains(missing.Error, "its columns: age, case");
    }

    [TestMethod]
    public void ABrokenWorkbookIsAClearErrorAndChangesNothing()
    {
        using var temp = new TempFolder();
        Ok("init", temp.Project);
        temp.Write("fr01-nadia.txt", "ENQ : Bonjour.\nNADIA : Bonjour.\n");
        Ok("--project", temp.Project, "import", temp.PathOf("fr01-nadia.txt"));
        var log = Ok("--project", temp.Project, "log", "--json").Out;
        var broken = temp.Write("participants.xlsx", "interview,age\nfr01-nadia,41\n");
        var empty = temp.Write("empty.csv", "");
        var other = temp.Write("participants.ods", "x");

        foreach (var (file, says) in new[] { (broken, "cannot read the table"), (empty, "the table has no header row"), (other, "cannot read '.ods' files as a table") })
        {
            var run = CliRun.Of("--project", temp.Project, "cases", "import", file, "--yes");
            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, says);
            StringAssert.Contains(run.Error, file);
        }
        Assert.AreEqual(log, Ok("--project", temp.Project, "log", "--json").Out);
    }

    [TestMethod]
    public void TheExportReadsBackAsTheSameAttributes()
    {
        using var temp = new TempFolder();
        Ok("init", temp.Project);
        temp.Write("fr01-nadia.txt", "ENQ : Bonjour.\nNADIA : Bonjour.\n");
        temp.Write("es12-lucia.txt", "ENTREVISTADORA: Hola.\nLUCÍA: Hola.\n");
        Ok("--project", temp.Project, "import", temp.PathOf("fr01-nadia.txt"), temp.PathOf("es12-lucia.txt"));
        Ok("--project", temp.Project, "cases", "import", Table(".csv"), "--yes");
        var before = Ok("--project", temp.Project, "cases", "--json").Out;

        foreach (var format in new[] { "xlsx", "csv" })
        {
            var file = temp.PathOf("cases." + format);
            Ok("--project", temp.Project, "cases", "export", "--format", format, "--output", file);
            Ok("--project", temp.Project, "case", "set", "fr01-nadia", "age=99", "territory=elsewhere");

            var back = Ok("--project", temp.Project, "cases", "import", file, "--yes");

            StringAssert.Contains(back.Out, "column 2 'name': the case's name, not an attribute");
            StringAssert.Contains(back.Out, "fr01-nadia: age '99' → '41'");
            Assert.AreEqual(before, Ok("--project", temp.Project, "cases", "--json").Out, format);
        }
        var csv = Ok("--project", temp.Project, "cases", "export").Out;
        StringAssert.StartsWith(csv, "case,name,transcripts,age,commune,gender,interview-date,organisation,pseudonym,role,seniority-years,territory");
        StringAssert.Contains(csv, "fr01-nadia,Nadia,fr01-nadia,41,Anderlecht,f,2013-10-08,");
    }

    private static List<string> Hits(string[] project, string query) =>
        Ok([.. project, "search", query, "--limit", "5000", "--json"]).Json().GetProperty("hits").EnumerateArray()
            .Select(h => h.GetProperty("transcript").GetString()!).ToList();

    private static CliRun Ok(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
