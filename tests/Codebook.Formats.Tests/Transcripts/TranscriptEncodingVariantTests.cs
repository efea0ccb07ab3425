using System.Text;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Every text example reads the same whatever its encoding, line ends or container (.docx).</summary>
[TestClass]
public sealed class TranscriptEncodingVariantTests
{
    public static IEnumerable<object[]> Variants =>
        from name in TestFiles.ExampleNames()
        where name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".md", StringComparison.Ordinal)
        from variant in (string[])["utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "crlf", "cr", "docx"]
        select new object[] { name, variant };

    [TestMethod]
    [DynamicData(nameof(Variants))]
    public void ExampleReadsTheSameInEveryEncoding(string name, string variant)
    {
        string path = Path.Combine(TestFiles.Examples, name);
        string text = File.ReadAllText(path);
        var original = TranscriptReader.Read(path);

        var (fileName, bytes) = variant switch
        {
            "utf8-bom" => (name, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]),
            "utf16le-bom" => (name, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
            "utf16be-bom" => (name, [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)]),
            "utf16le" => (name, Encoding.Unicode.GetBytes(text)),
            "utf16be" => (name, Encoding.BigEndianUnicode.GetBytes(text)),
            "crlf" => (name, Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n"))),
            "cr" => (name, Encoding.UTF8.GetBytes(text.Replace('\n', '\r'))),
            "docx" => (Path.ChangeExtension(name, ".docx"), Docx.FromLines(text.TrimEnd('\n').Split('\n'))),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
        var read = TranscriptReader.Read(fileName, bytes);

        // Warnings name the file, whose extension the .docx variant changes.
        Assert.AreEqual(ExpectedTurns.Render(original), ExpectedTurns.Render(read).Replace(fileName, name, StringComparison.Ordinal));
        Assert.AreEqual(original.Transcript.Text.TrimEnd('\n'), read.Transcript.Text.TrimEnd('\n'));
    }
}
