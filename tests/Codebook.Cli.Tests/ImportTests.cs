using System.Text;
using Codebook.Testing;

namespace Codebook.Cli.Tests;

[TestClass]
public sealed class ImportTests
{
    private static void WriteMixedFolder(TempFolder temp)
    {
        temp.Write("interviews/fr-nadia.txt", """
            ---
            id: fr-nadia
            title: Entretien avec Nadia
            language: fr
            interviewer: ENQ
            case: nadia
            attributes:
              role: frontline-worker
            ---
            ENQ : Comment se passe l'encodage ?
            NADIA : On encode tout, chaque appel.
            Même les cafés, presque.
            ENQ : Et le tableau de bord ?
            NADIA : Il arrive tous les lundis.
            """);
        temp.Write("interviews/es-lucia.md", """
            **Entrevistadora:** ¿Cómo es su trabajo?
            **Lucía:** Pues registramos cada acción en el programa, todas las cifras.
            **Entrevistadora:** ¿Y las metas?
            **Lucía:** Las metas son imposibles, la verdad, y no tenemos tiempo para la gente.
            """);
        temp.Write("interviews/fr-olivier.vtt", """
            WEBVTT

            00:00:01.000 --> 00:00:04.000
            <v Enquêteur>Vous travaillez ici depuis quand ?

            00:00:04.500 --> 00:00:09.000
            <v Olivier>Depuis trois ans, et les chiffres ont tout changé.

            00:00:09.500 --> 00:00:12.000
            <v Enquêteur>Qu'est-ce qui a changé ?

            00:00:12.500 --> 00:00:16.000
            <v Olivier>On doit encoder chaque entretien dans le logiciel.
            """);
        temp.Write("interviews/es-diego.srt", """
            1
            00:00:01,000 --> 00:00:03,000
            Entrevistador: ¿Cuándo llegó a Bruselas?

            2
            00:00:03,500 --> 00:00:07,000
            Diego: Llegué en 2012, después de la crisis, sin hablar francés.

            3
            00:00:07,500 --> 00:00:09,000
            Entrevistador: ¿Y la oficina de empleo?

            4
            00:00:09,500 --> 00:00:13,000
            Diego: Me mandaron de un sitio a otro, la verdad.
            """);
        WordFile.Write(temp.PathOf("interviews/fr-sophie.docx"),
            "ENQ : Vous fermez la porte quand le quota est atteint ?",
            "Sophie : Parfois oui, on n'a pas le choix, c'est la direction qui le demande.",
            "ENQ : Et les personnes qui ne parlent pas français ?",
            "Sophie : On les renvoie vers les cours de langue, c'est triste.");
    }

    [TestMethod]
    public void AFolderMixingTheFormatsImportsAndIsListed()
    {
        using var temp = new TempFolder();
        WriteMixedFolder(temp);
        Assert.AreEqual(0, CliRun.Of("init", temp.Project).ExitCode);

        var import = CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews"));

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Out, "Imported 5 transcripts");
        var listed = CliRun.Of("--project", temp.Project, "transcripts", "--json").Json().EnumerateArray()
            .ToDictionary(t => t.GetProperty("id").GetString()!);
        CollectionAssert.AreEquivalent(new[] { "fr-nadia", "es-lucia", "fr-olivier", "es-diego", "fr-sophie" }, listed.Keys.ToList());
        Assert.AreEqual(4, listed["fr-nadia"].GetProperty("turns").GetInt32());
        Assert.AreEqual("fr", listed["fr-nadia"].GetProperty("language").GetString());
        Assert.AreEqual("nadia", listed["fr-nadia"].GetProperty("case").GetString());
        Assert.AreEqual("es", listed["es-lucia"].GetProperty("language").GetString());
        Assert.AreEqual(4, listed["es-lucia"].GetProperty("turns").GetInt32());
        Assert.AreEqual("fr", listed["fr-olivier"].GetProperty("language").GetString());
        Assert.AreEqual(4, listed["fr-olivier"].GetProperty("turns").GetInt32());
        Assert.AreEqual("es", listed["es-diego"].GetProperty("language").GetString());
        Assert.AreEqual(4, listed["es-diego"].GetProperty("turns").GetInt32());
        Assert.AreEqual("fr", listed["fr-sophie"].GetProperty("language").GetString());
        Assert.AreEqual(4, listed["fr-sophie"].GetProperty("turns").GetInt32());
    }

    [TestMethod]
    public void ShowPrintsNumberedLinesWithSpeakers()
    {
        using var temp = new TempFolder();
        WriteMixedFolder(temp);
        CliRun.Of("init", temp.Project);
        CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews"));

        var show = CliRun.Of("--project", temp.Project, "show", "fr-nadia");

        Assert.AreEqual(0, show.ExitCode, show.ToString());
        var lines = show.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        StringAssert.Contains(lines[0], "Entretien avec Nadia");
        StringAssert.Matches(lines[1], new System.Text.RegularExpressions.Regex(@"^\s+\d+  ENQ: Comment se passe"));
        StringAssert.Matches(lines[2], new System.Text.RegularExpressions.Regex(@"^\s+\d+  NADIA: On encode tout"));
        StringAssert.Matches(lines[3], new System.Text.RegularExpressions.Regex(@"^\s+\d+ {9}Même les cafés"));

        // Lines as the file numbers them: its front matter takes lines 1-9.
        StringAssert.StartsWith(lines[1], "   10  ENQ: Comment se passe");
        var range = CliRun.Of("--project", temp.Project, "show", "fr-nadia", "--lines", "11-12", "--json").Json();
        var shown = range.GetProperty("lines").EnumerateArray().ToList();
        Assert.HasCount(2, shown);
        Assert.AreEqual(12, shown[1].GetProperty("line").GetInt32());
        Assert.AreEqual("NADIA", shown[1].GetProperty("speaker").GetString());
        Assert.IsFalse(shown[1].GetProperty("startsTurn").GetBoolean());
    }

    [TestMethod]
    public void BadFilesAreNamedWithAReasonAndLeaveNoTrace()
    {
        using var temp = new TempFolder();
        WriteMixedFolder(temp);
        temp.Write("interviews/broken.docx", Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip archive"));
        temp.Write("interviews/empty.txt", []);
        var binary = new byte[4096];
        new Random(3).NextBytes(binary);
        binary[10] = 0;
        temp.Write("interviews/recording.txt", binary);
        temp.Write("interviews/photo.jpg", binary);
        CliRun.Of("init", temp.Project);

        var import = CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews"));

        Assert.AreEqual(1, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Out, "Imported 5 transcripts");
        StringAssert.Contains(import.Out, "4 files failed");
        foreach (var bad in new[] { "broken.docx", "empty.txt", "recording.txt", "photo.jpg" })
        {
            var line = import.Out.Split('\n').Single(l => l.Contains(bad));
            StringAssert.Contains(line, "FAILED");
            Assert.IsGreaterThan(line.IndexOf(bad) + bad.Length + 5, line.Length, $"no reason given: {line}");
        }
        var listed = CliRun.Of("--project", temp.Project, "transcripts", "--json").Json();
        Assert.AreEqual(5, listed.GetArrayLength());
        var log = CliRun.Of("--project", temp.Project, "log", "--json").Json();
        Assert.AreEqual(5, log.GetArrayLength(), "one logged change per imported file, none for the bad ones");
    }

    [TestMethod]
    public void ImportingTheSameFileAgainIsPolitelyRefused()
    {
        using var temp = new TempFolder();
        WriteMixedFolder(temp);
        CliRun.Of("init", temp.Project);
        CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews"));

        var again = CliRun.Of("--project", temp.Project, "import", temp.PathOf("interviews/fr-nadia.txt"));

        Assert.AreEqual(0, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Out, "already in the project as fr-nadia");
        Assert.AreEqual(5, CliRun.Of("--project", temp.Project, "transcripts", "--json").Json().GetArrayLength());
    }

    [TestMethod]
    public void AWindows1252FileWithCrLfAndAnNfdFileKeepTheirAccents()
    {
        using var temp = new TempFolder();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var legacy = "ENQ : Vous êtes éducatrice depuis quand ?\r\nMARIE : Depuis dix ans, à Schaerbeek. Ça a changé.\r\nENQ : Et l'école des devoirs ?\r\nMARIE : Fermée, faute de crédits.\r\n";
        temp.Write("in/legacy.txt", Encoding.GetEncoding(1252).GetBytes(legacy));
        var decomposed = "ENQ : Qu'est-ce que l'évaluation a changé ?\nMARIE : La qualité du suivi, l'écoute.\nENQ : Et vous ?\nMARIE : Épuisée.\n".Normalize(NormalizationForm.FormD);
        temp.Write("in/nfd.txt", decomposed);
        CliRun.Of("init", temp.Project);

        var import = CliRun.Of("--project", temp.Project, "import", temp.PathOf("in"));

        Assert.AreEqual(0, import.ExitCode, import.ToString());
        StringAssert.Contains(import.Out, "Windows-1252");
        var legacyLines = CliRun.Of("--project", temp.Project, "show", "legacy", "--json").Json().GetProperty("lines").EnumerateArray()
            .Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.AreEqual("MARIE : Depuis dix ans, à Schaerbeek. Ça a changé.", legacyLines[1]);
        var nfdLines = CliRun.Of("--project", temp.Project, "show", "nfd", "--json").Json().GetProperty("lines").EnumerateArray()
            .Select(l => l.GetProperty("text").GetString()).ToList();
        Assert.AreEqual("MARIE : Épuisée.", nfdLines[3]);
        Assert.IsTrue(nfdLines.All(l => l!.IsNormalized(NormalizationForm.FormC)));
    }
}
