using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

/// <summary>A transcript whose lines are not the file's (a Markdown file with front matter and a blank line dropped):
/// every command cites and takes the file's lines.</summary>
[TestClass]
public sealed class FileLinesTests
{
    private readonly TempFolder _temp = new();

    [TestCleanup]
    public void Delete() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, "--coder", "ana", .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    /// <summary>Text lines 1-6 come from file lines 9-13 and 15 (front matter above, a blank line dropped before the note).</summary>
    [TestInitialize]
    public void StoreTranscript()
    {
        Ok("init", _temp.Project);
        const string text = "ENQ: ¿Y las cifras?\n\nLUCÍA GONZÁLEZ DEL RÍO: Las cifras, siempre las cifras.\nY la presión.\n\n[NOTAS DE OBSERVACIÓN]: mira el reloj.";
        int lucia = text.IndexOf("LUCÍA", StringComparison.Ordinal), note = text.IndexOf("[NOTAS", StringComparison.Ordinal);
        var transcript = new Transcript
        {
            Id = "es-lucia", Title = "Entrevista con Lucía", Language = "es", SourceFile = "es-lucia.md", SourceHash = "h", Text = text,
            FileLines = [9, 10, 11, 12, 13, 15],
            Turns =
            [
                new Turn { Index = 0, Speaker = "ENQ", Role = SpeakerRole.Interviewer, RoleDecidedBy = RoleDecision.Marker, Label = new(0, 4), Words = new(5, text.IndexOf('\n')), Line = 1, EndLine = 1 },
                new Turn { Index = 1, Speaker = "LUCÍA GONZÁLEZ DEL RÍO", Role = SpeakerRole.Participant, RoleDecidedBy = RoleDecision.Default,
                    Label = new(lucia, lucia + 23), Words = new(lucia + 24, note - 2), Line = 3, EndLine = 4 },
                new Turn { Index = 2, Role = SpeakerRole.Note, Words = new(note, text.Length), Line = 6, EndLine = 6 },
            ],
        };
        using var store = ProjectFile.Open(_temp.Project, SystemClock.Instance);
        store.Commit("ana", "import", "imported es-lucia", changes =>
        {
            changes.Put(transcript);
            changes.Put(new Theme { Id = "pressure", Label = "pressure" });
        });
    }

    [TestMethod]
    public void ShowNumbersTheFilesLinesPrintsTheFullSpeakerOnceAndMarksNotes()
    {
        var lines = Ok("show", "es-lucia").Out.Split('\n');

        CollectionAssert.Contains(lines, "   11  LUCÍA GONZÁLEZ DEL RÍO: Las cifras, siempre las cifras.");
        CollectionAssert.Contains(lines, "   12                          Y la presión.");
        CollectionAssert.Contains(lines, "   15  [note] [NOTAS DE OBSERVACIÓN]: mira el reloj.");
        CollectionAssert.Contains(lines, "    9  ENQ: ¿Y las cifras?");
    }

    [TestMethod]
    public void ShowWrapsToTheWidthUnderTheText()
    {
        var lines = Ok("show", "es-lucia", "--width", "60", "--lines", "11-12").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        CollectionAssert.AreEqual(new[]
        {
            "Entrevista con Lucía (es-lucia, es)",
            "   11  LUCÍA GONZÁLEZ DEL RÍO: Las cifras, siempre las",
            "                               cifras.",
            "   12                          Y la presión.",
        }, lines);
    }

    [TestMethod]
    public void ShowLinesAreTheFilesAndLinesWithoutTextAreRefused()
    {
        var shown = Ok("show", "es-lucia", "--lines", "12-15", "--json").Json().GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("line").GetInt32()).ToList();
        CollectionAssert.AreEqual(new[] { 12, 13, 15 }, shown);

        var frontMatter = Run("show", "es-lucia", "--lines", "1-8");
        Assert.AreNotEqual(0, frontMatter.ExitCode);
        StringAssert.Contains(frontMatter.Error, "hold no text of the transcript");
        Assert.AreNotEqual(0, Run("show", "es-lucia", "--lines", "16").ExitCode);
    }

    [TestMethod]
    public void CodeLinesTakesTheFilesLinesAndCodingsCitesThem()
    {
        var coded = Ok("code", "es-lucia", "--theme", "pressure", "--lines", "12");

        StringAssert.Contains(coded.Out, "(l. 12) by ana: \"Y la presión.\"");
        StringAssert.Contains(Ok("code", "es-lucia", "--theme", "pressure", "--lines", "11-15").Out, "(l. 11-15)");
        StringAssert.Contains(Ok("codings", "--transcript", "es-lucia").Out, "(l. 12) by ana");
        Assert.AreNotEqual(0, Run("code", "es-lucia", "--theme", "pressure", "--lines", "2-5").ExitCode);
    }

    [TestMethod]
    public void SearchHitsCiteTheFilesLineAndNotesAreFoundByRole()
    {
        var hit = Ok("search", "presion", "--json").Json().GetProperty("hits")[0];
        Assert.AreEqual(12, hit.GetProperty("line").GetInt32());
        StringAssert.Contains(Ok("search", "presion").Out, "es-lucia l.12");

        var notes = Ok("search", "role:note", "--json").Json().GetProperty("hits").EnumerateArray().ToList();
        Assert.HasCount(1, notes);
        Assert.AreEqual(15, notes[0].GetProperty("line").GetInt32());
        Assert.HasCount(0, Ok("search", "reloj AND role:participant", "--json").Json().GetProperty("hits").EnumerateArray().ToList());
        Assert.HasCount(0, Ok("search", "role:other", "--json").Json().GetProperty("hits").EnumerateArray().ToList());
    }

    [TestMethod]
    public void TheNoteBelongsToNoSpeaker()
    {
        var speakers = Ok("speakers", "--json").Json().EnumerateArray().ToList();

        CollectionAssert.AreEqual(new[] { "ENQ", "LUCÍA GONZÁLEZ DEL RÍO" }, speakers.Select(s => s.GetProperty("name").GetString()).ToArray());
        Assert.AreEqual(8, speakers[1].GetProperty("words").GetInt32());
    }
}
