using System.Text;
using Codebook.Core.Errors;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Bad input is refused with a BadTranscript error that names the file (and line) and says what to do.</summary>
[TestClass]
public sealed class TranscriptErrorTests
{
    [TestMethod]
    [DataRow("empty.txt", "")]
    [DataRow("blank.md", "  \n\t\r\n   \u00A0\n")]
    [DataRow("only-front-matter.txt", "---\nid: x\n---\n\n")]
    [DataRow("unclosed.md", "---\nid: x\nENQ: bonjour\n")]
    [DataRow("no-header.vtt", "00:00:01.000 --> 00:00:02.000\nBonjour\n")]
    [DataRow("no-cues.srt", "juste du texte\nsans minutage\n")]
    [DataRow("entretien.pdf", "ENQ: bonjour")]
    public void UnreadableTextIsRefused(string file, string content) =>
        AssertBad(file, Encoding.UTF8.GetBytes(content));

    [TestMethod]
    public void BinaryContentIsRefused()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6];
        var error = AssertBad("photo.txt", png);
        StringAssert.Contains(error.Message, "binary");

        var controls = Encoding.ASCII.GetBytes("ENQ: a\u0001\u0002\u0003\u0004b\u0005\u0006\u0007");
        StringAssert.Contains(AssertBad("controls.txt", controls).Message, "binary");
    }

    [TestMethod]
    public void CorruptDocxIsRefused()
    {
        var random = new Random(7);
        byte[] noise = new byte[2048];
        random.NextBytes(noise);
        AssertBad("noise.docx", noise);

        byte[] valid = Docx.FromLines(["ENQ: Bonjour.", "Léa: Bonjour."]);
        AssertBad("truncated.docx", valid[..(valid.Length / 2)]);
        AssertBad("text.docx", Encoding.UTF8.GetBytes("ENQ: ceci n'est pas un document Word"));
    }

    [TestMethod]
    public void BadYamlFrontMatterNamesItsLine()
    {
        const string text = "---\nid: e1\ntitle: [non fermé\nlanguage: fr\n---\nENQ: Bonjour.\n";
        var error = AssertBad("entretien.md", Encoding.UTF8.GetBytes(text));
        StringAssert.Matches(error.Where!, new System.Text.RegularExpressions.Regex(@"^entretien\.md:[3-5]$"));
    }

    [TestMethod]
    public void BadYamlInAVttNoteNamesTheFileLine()
    {
        const string text = "WEBVTT\n\nNOTE\n---\nid: e1\n  bad: indentation: here\n---\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hola.\n";
        var error = AssertBad("entrevista.vtt", Encoding.UTF8.GetBytes(text));
        StringAssert.StartsWith(error.Where!, "entrevista.vtt:");
        Assert.IsGreaterThanOrEqualTo(5, int.Parse(error.Where!.Split(':')[1]));
    }

    [TestMethod]
    public void InvalidUtf16IsRefused()
    {
        byte[] loneSurrogate = [0xFF, 0xFE, (byte)'A', 0, 0x00, 0xD8, (byte)'B', 0];
        AssertBad("surrogate.txt", loneSurrogate);
    }

    [TestMethod]
    public void AMissingFileIsABadTranscript() =>
        Assert.AreEqual(ErrorCode.BadTranscript, Assert.ThrowsExactly<CodebookException>(
            () => TranscriptReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt"))).Code);

    private static CodebookException AssertBad(string file, byte[] bytes)
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => TranscriptReader.Read(Path.Combine("in", file), bytes));
        Assert.AreEqual(ErrorCode.BadTranscript, error.Code);
        Assert.IsNotNull(error.Where);
        StringAssert.StartsWith(error.Where, file);
        Assert.IsFalse(string.IsNullOrWhiteSpace(error.Hint));
        return error;
    }
}
