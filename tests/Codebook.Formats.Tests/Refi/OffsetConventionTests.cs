using System.Text;
using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

/// <summary>Selections from tools that count positions differently land on the same words: the importer finds the
/// convention from where the selections start and end, and says which it used.</summary>
[TestClass]
public sealed class OffsetConventionTests
{
    // CRLF line ends, an emoji (two UTF-16 units, one code point) and accents: every place where the tools disagree.
    private const string Text = "ENQ : Bonjour, vous résistez ?\r\nMARIE : On résiste 😀 aux chiffres, oui.\r\nENQ : Et après ?\r\nMARIE : Ça dépend des jours, franchement.\r\n";
    private static readonly string[] Words = ["Bonjour", "chiffres", "dépend des jours", "franchement"];

    public static IEnumerable<object[]> Conventions =>
    [
        ["NVivo 12", OffsetConvention.NVivo],
        ["ATLAS.ti 23.2", OffsetConvention.AtlasTi],
        ["a tool that follows the standard", OffsetConvention.Standard],
        ["a tool nobody has documented", OffsetConvention.Utf16CrLfAsOne],
    ];

    [TestMethod]
    [DynamicData(nameof(Conventions))]
    public void SelectionsLandOnTheSameWordsWhateverTheToolCounts(string origin, OffsetConvention convention)
    {
        var selections = Words.Select(word => Positions(Text, Text.IndexOf(word, StringComparison.Ordinal), word.Length, convention)).ToArray();

        var (content, report) = QdpxReader.Read(QdpxFile.OneSource(origin, Text, selections), "other.qdpx", "me", DateTime.UnixEpoch);

        var transcript = content.Transcripts.Single();
        Assert.AreEqual(Text.Replace("\r\n", "\n"), transcript.Text);
        CollectionAssert.AreEqual(Words, content.Codings.Select(c => transcript.Text[c.Start..c.End]).ToArray());
        Assert.StartsWith(convention.Name, report.Convention!);
        Assert.IsTrue(content.Codings.All(c => c.Coder == "marie" && c.ThemeId == "resistance"));
    }

    [TestMethod]
    public void DecomposedAccentsCountedByCodePointComeBackComposed()
    {
        var decomposed = Text.Normalize(NormalizationForm.FormD);
        var word = "dépend des jours".Normalize(NormalizationForm.FormD);
        var start = decomposed.IndexOf(word, StringComparison.Ordinal);
        var selection = Positions(decomposed, start, word.Length, OffsetConvention.Standard);

        var (content, _) = QdpxReader.Read(QdpxFile.OneSource("a macOS tool", decomposed, selection), "nfd.qdpx", "me", DateTime.UnixEpoch);

        var transcript = content.Transcripts.Single();
        var coding = content.Codings.Single();
        Assert.AreEqual("dépend des jours", transcript.Text[coding.Start..coding.End]);
        Assert.IsTrue(transcript.Text.IsNormalized(NormalizationForm.FormC));
    }

    [TestMethod]
    public void ASelectionOutsideItsTextIsReportedAndLeftOut()
    {
        var (content, report) = QdpxReader.Read(QdpxFile.OneSource("NVivo", Text, (0, 3), (100, 500)), "out.qdpx", "me", DateTime.UnixEpoch);

        Assert.HasCount(1, content.Codings);
        Assert.IsTrue(report.Notes.Any(n => n.Contains("100-500") && n.Contains("outside")), string.Join("\n", report.Notes));
    }

    /// <summary>The positions a tool counting its way writes for the UTF-16 span [start, start+length) of the raw text.</summary>
    private static (int, int) Positions(string raw, int start, int length, OffsetConvention convention)
    {
        int Count(int utf16)
        {
            var before = raw[..utf16];
            var count = convention.Utf16Units ? before.Length : before.EnumerateRunes().Count();
            return convention.CrLfAsOne ? count - (before.Length - before.Replace("\r\n", "\n").Length) : count;
        }
        return (Count(start), Count(start + length));
    }
}
