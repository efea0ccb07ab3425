using System.Text;
using Codebook.Formats.Transcripts;
using Codebook.Testing;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>French and Spanish are told apart on real prose (excerpts of public-domain novels in tests/data/prose),
/// without a warning when clear.</summary>
[TestClass]
public sealed class TranscriptLanguageTests
{
    public static IEnumerable<object[]> Novels =>
        from language in (string[])["fr", "es"]
        from path in Directory.EnumerateFiles(Repository.Data("prose", language), "*.txt").Order()
        select new object[] { language, Path.GetFileName(path) };

    [TestMethod]
    [DynamicData(nameof(Novels))]
    public void AFewHundredWordsOfProseAreEnough(string language, string novel)
    {
        string text = File.ReadAllText(Repository.Data("prose", language, novel));
        foreach (string sample in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = TranscriptReader.Read("sample.txt", Encoding.UTF8.GetBytes("ENQ: " + sample));

            Assert.AreEqual(language, parsed.Transcript.Language, sample);
            Assert.IsEmpty(parsed.Warnings, sample);
        }
    }

    [TestMethod]
    public void UnclearTextGetsAGuessAndAWarning()
    {
        var parsed = TranscriptReader.Read("court.txt", Encoding.UTF8.GetBytes("ENQ: OK.\nANA: Merci, gracias.\nENQ: Bien.\nANA: Bueno."));

        Assert.IsTrue(parsed.Transcript.Language is "fr" or "es");
        Assert.IsTrue(parsed.Warnings.Any(w => w.Contains("language:", StringComparison.Ordinal)), string.Join("\n", parsed.Warnings));
    }

    [TestMethod]
    [DataRow("Français", "fr")]
    [DataRow("fr-BE", "fr")]
    [DataRow("español", "es")]
    [DataRow("ES", "es")]
    public void FrontMatterLanguageNamesBecomeCodes(string declared, string code)
    {
        var parsed = TranscriptReader.Read("x.md", Encoding.UTF8.GetBytes($"---\nlanguage: {declared}\n---\nENQ: ok\n"));

        Assert.AreEqual(code, parsed.Transcript.Language);
        Assert.IsEmpty(parsed.Warnings);
    }
}
