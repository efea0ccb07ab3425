using System.Text;
using Codebook.Core.Model;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Offsets and lines point into the normalised text, whatever the bytes looked like.</summary>
[TestClass]
public sealed class TranscriptOffsetTests
{
    private const string French = "ENQ : Vous êtes là depuis quand ?\nNadia : Depuis l'été 2015. Ça a changé.\n\nOn nous demande « des chiffres ».\nENQ : Et après ?\nNadia : Beaucoup de choses.\n";

    static TranscriptOffsetTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [TestMethod]
    public void Windows1252WithCRLFDecodesAccentsAndCountsOffsetsInTheNormalisedText()
    {
        byte[] bytes = Encoding.GetEncoding(1252).GetBytes(French.Replace("\n", "\r\n"));

        var parsed = TranscriptReader.Read("entretien-1252.txt", bytes);

        var t = parsed.Transcript;
        Assert.AreEqual(French, t.Text);
        Assert.IsTrue(parsed.Warnings.Any(w => w.Contains("Windows-1252", StringComparison.Ordinal)), string.Join("\n", parsed.Warnings));
        Assert.HasCount(4, t.Turns);
        AssertTurn(t.Turns[1], "Nadia", new TextSpan(34, 41), new TextSpan(42, 108), line: 2, endLine: 4);
        Assert.AreEqual("Depuis l'été 2015. Ça a changé.\n\nOn nous demande « des chiffres ».", t.Text[42..108]);
        AssertTurn(t.Turns[2], "ENQ", new TextSpan(109, 114), new TextSpan(115, 125), line: 5, endLine: 5);
        Assert.AreEqual("fr", t.Language);
    }

    [TestMethod]
    public void InvalidUtf8AfterABOMIsStillReadAsWindows1252()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.GetEncoding(1252).GetBytes(French)];

        var parsed = TranscriptReader.Read("bom-1252.txt", bytes);

        Assert.AreEqual(French, parsed.Transcript.Text);
        Assert.HasCount(1, parsed.Warnings);
    }

    [TestMethod]
    public void DecomposedAccentsAreComposedBeforeOffsetsAreCounted()
    {
        const string composed = "ENQ: Qu'est-ce que ça veut dire ?\nÉlodie: L'équipe a été réduite, voilà.\n";
        string decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.AreNotEqual(composed.Length, decomposed.Length);

        var t = TranscriptReader.Read("nfd.txt", Encoding.UTF8.GetBytes(decomposed)).Transcript;

        Assert.AreEqual(composed, t.Text);
        AssertTurn(t.Turns[1], "Élodie", new TextSpan(34, 41), new TextSpan(42, 72), line: 2, endLine: 2);
        Assert.AreEqual("L'équipe a été réduite, voilà.", t.Text[42..72]);
    }

    [TestMethod]
    public void TranscriptIdentityComesFromTheFileNameAndBytes()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(French);

        var t = TranscriptReader.Read(Path.Combine("some", "folder", "Entretien Élodie (2019).TXT"), bytes).Transcript;

        Assert.AreEqual("entretien-elodie-2019", t.Id);
        Assert.AreEqual("Entretien Élodie (2019)", t.Title);
        Assert.AreEqual("Entretien Élodie (2019).TXT", t.SourceFile);
        Assert.AreEqual(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), t.SourceHash);
    }

    [TestMethod]
    public void CanReadGoesByExtensionWhateverItsCase()
    {
        Assert.IsTrue(TranscriptReader.CanRead("a/b/entretien.DOCX"));
        Assert.IsTrue(TranscriptReader.CanRead("entretien.Vtt"));
        Assert.IsFalse(TranscriptReader.CanRead("entretien.pdf"));
        Assert.IsFalse(TranscriptReader.CanRead("entretien"));
        CollectionAssert.AreEqual(new[] { ".txt", ".md", ".docx", ".vtt", ".srt" }, TranscriptReader.Extensions.ToArray());
    }

    private static void AssertTurn(Turn turn, string speaker, TextSpan label, TextSpan words, int line, int endLine)
    {
        Assert.AreEqual(speaker, turn.Speaker);
        Assert.AreEqual(label, turn.Label);
        Assert.AreEqual(words, turn.Words);
        Assert.AreEqual(line, turn.Line);
        Assert.AreEqual(endLine, turn.EndLine);
    }
}
