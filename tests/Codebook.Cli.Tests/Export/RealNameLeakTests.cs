using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Export;

/// <summary>A real name in a file name, a title, a speaker label, memos and the text: with the name in the pseudonym
/// table, no form of it is left in any export (every file read whole, Word and REFI-QDA files unzipped); a form the
/// table cannot replace makes every export refuse, naming where it is, and write nothing.</summary>
[TestClass]
public sealed partial class RealNameLeakTests
{
    private const string Interview = """
        ---
        title: Entretien avec Didier Pujade
        language: fr
        interviewer: ENQ
        ---
        ENQ : Vous remplissez le tableau tous les soirs ?
        [00:00:14] DIDIER PUJADE : Oui. Ici tout le monde m'appelle Didier Pujade, ou D.P. sur les fiches.
        Le dossier s'appelle didier-pujade sur le serveur, DIDIER_PUJADE dans le logiciel.
        ENQ : D'accord.

        """;

    [TestMethod]
    public void NoFormOfAListedNameIsLeftInAnyExport()
    {
        using var temp = Project();
        var outputs = new[] { "quotes.md", "quotes.docx", "quotes.csv", "report.md", "shared.qdpx" };

        Run(temp, "export", "quotes", "--theme", "chiffres", "--memos", "-o", temp.PathOf("quotes.md"));
        Run(temp, "export", "quotes", "--theme", "chiffres", "--memos", "-o", temp.PathOf("quotes.docx"));
        Run(temp, "export", "quotes", "--theme", "chiffres", "-o", temp.PathOf("quotes.csv"));
        Run(temp, "export", "report", "-o", temp.PathOf("report.md"));
        Run(temp, "export", "qdpx", "--pseudonymise", "-o", temp.PathOf("shared.qdpx"));

        foreach (var output in outputs)
        {
            foreach (var (place, text) in Texts(temp.PathOf(output)))
            {
                Assert.IsFalse(RealName().IsMatch(Fold(text)), $"{output}: {place} still names Didier Pujade: {text}");
            }
        }
        var markdown = File.ReadAllText(temp.PathOf("quotes.md"));
        StringAssert.Contains(markdown, "Oui. Ici tout le monde m'appelle Paul Martin, ou P.M. sur les fiches.");
        StringAssert.Contains(markdown, "Le dossier s'appelle paul-martin sur le serveur, PAUL\\_MARTIN dans le logiciel.");
        StringAssert.Contains(markdown, "(PAUL MARTIN, entretien-paul-martin, l. 7-8, 00:00:14)");
        StringAssert.Contains(markdown, "Paul Martin le dit à chaque entretien");
        using var shared = ZipFile.OpenRead(temp.PathOf("shared.qdpx"));
        var source = new StreamReader(shared.Entries.Single(e => e.FullName.StartsWith("sources/", StringComparison.Ordinal)).Open()).ReadToEnd();
        StringAssert.Contains(source, "[00:00:14] PAUL MARTIN : Oui.");
    }

    [TestMethod]
    public void ANameTheTableCannotReplaceMakesEveryExportRefuseNamingThePlaces()
    {
        using var temp = Project();
        Run(temp, "pseudonyms", "add", "Pujade", "Martin");
        temp.Write("visite.txt", "ENQ : Qui est venu ?\nMARIE : Les Pujades, toute la famille.\n");
        Run(temp, "import", temp.PathOf("visite.txt"));
        Run(temp, "code", "visite", "--theme", "chiffres", "--lines", "2");

        var quotes = CliRun.Of("--project", temp.Project, "export", "quotes", "--theme", "chiffres", "-o", temp.PathOf("q.md"));
        Assert.AreEqual(1, quotes.ExitCode, quotes.ToString());
        StringAssert.Contains(quotes.Error, "visite, l. 2, quote: 'Pujades' (Pujade)");
        var shared = CliRun.Of("--project", temp.Project, "export", "qdpx", "--pseudonymise", "-o", temp.PathOf("s.qdpx"));
        Assert.AreEqual(1, shared.ExitCode, shared.ToString());
        StringAssert.Matches(shared.Error, new Regex(@"s\.qdpx: sources/[0-9a-f-]+\.txt, line 2: 'Pujades' \(Pujade\)"));
        var named = CliRun.Of("--project", temp.Project, "export", "quotes", "--theme", "chiffres", "--allow-real-names", "-o", temp.PathOf("Didier Pujade.csv"));
        Assert.AreEqual(0, named.ExitCode, named.ToString());
        StringAssert.Contains(named.Error, "the file name: 'Didier Pujade' (Didier Pujade)");
        Assert.IsFalse(File.Exists(temp.PathOf("q.md")) || File.Exists(temp.PathOf("s.qdpx")), "a refused export wrote a file");

        var suggested = Run(temp, "pseudonyms", "suggest").Out;
        StringAssert.Contains(suggested, "MARIE  (speaker label in visite)");
        Assert.IsFalse(suggested.Contains("Pujade", StringComparison.OrdinalIgnoreCase), suggested);
    }

    /// <summary>A project whose real name is in the file name, the title, a speaker label, the text and two memos.</summary>
    private static TempFolder Project()
    {
        var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        temp.Write("Entretien Didier Pujade.txt", Interview.Replace("\r\n", "\n", StringComparison.Ordinal));
        Run(temp, "import", temp.PathOf("Entretien Didier Pujade.txt"));
        ProjectSeed.AddThemes(temp.Project, "chiffres");
        Run(temp, "code", "entretien-didier-pujade", "--theme", "chiffres", "--lines", "7-8", "--memo", "Didier Pujade le dit à chaque entretien");
        Run(temp, "memo", "add", "--on", "transcript:entretien-didier-pujade", "Relu", "avec", "DIDIER", "PUJADE", "le", "12", "mars");
        Run(temp, "pseudonyms", "add", "Didier Pujade", "Paul Martin", "--initials", "DP");
        return temp;
    }

    /// <summary>Every text of an output as a reader finds it: the file's name, then its lines, or for a zip each entry's name and its content.</summary>
    private static IEnumerable<(string Place, string Text)> Texts(string path)
    {
        yield return ("the file name", Path.GetFileName(path));
        if (Path.GetExtension(path) is not (".docx" or ".qdpx"))
        {
            yield return ("the file", File.ReadAllText(path));
            yield break;
        }
        using var zip = ZipFile.OpenRead(path);
        foreach (var entry in zip.Entries)
        {
            yield return ("an entry's name", entry.FullName);
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            yield return (entry.FullName, reader.ReadToEnd());
        }
    }

    private static string Fold(string text) =>
        new string(text.Normalize(NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();

    /// <summary>Any trace of the name: either word anywhere, or the initials with dots.</summary>
    [GeneratedRegex(@"didier|pujade|\bd\.\s?p\.")]
    private static partial Regex RealName();

    private static CliRun Run(TempFolder temp, params string[] args)
    {
        var run = CliRun.Of(["--project", temp.Project, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
