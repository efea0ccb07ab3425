using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Formats.Codings;

namespace Codebook.Formats.Tests.Codings;

/// <summary>The codings file format: what the file gives every entry, what an entry overrides, and mistakes named by line.</summary>
[TestClass]
public sealed class CodingFileReaderTests
{
    private const string TwoEntries = """
        # Ana's codings of interview 01.
        transcript: fr01-nadia
        coder: ana
        codings:
          - theme: reporting-pressure
            quote: >-
              Donc j'encode après.
              Entre deux rendez-vous, ou le soir.
          - theme: resistance
            quote: "Des résistantes avec un cahier Atoma."
            memo: Said laughing.
            coder: luis
            transcript: fr01-bis
        """;

    [TestMethod]
    public void EntriesTakeTranscriptAndCoderFromTheFileUnlessTheyNameTheirOwn()
    {
        var entries = CodingFileReader.Parse(TwoEntries, "fr01.yaml");

        CollectionAssert.AreEqual(new[]
        {
            new QuotedCoding("fr01-nadia", "reporting-pressure", "ana", "Donc j'encode après. Entre deux rendez-vous, ou le soir.", null, "fr01.yaml:5"),
            new QuotedCoding("fr01-bis", "resistance", "luis", "Des résistantes avec un cahier Atoma.", "Said laughing.", "fr01.yaml:9"),
        }, entries.ToArray());
    }

    [TestMethod]
    public void AFileWithoutACoderLeavesItToWhoeverAppliesIt()
    {
        var entries = CodingFileReader.Parse("transcript: t\ncodings:\n  - theme: a\n    quote: q\n", "f.yaml");

        Assert.IsNull(entries.Single().Coder);
    }

    [TestMethod]
    [DataRow("transcript: t\ncodings:\n  - theme: a\n    qoute: q\n", "f.yaml:4", "unknown field 'qoute'")]
    [DataRow("transcript: t\ncodings:\n  - theme: a\n    quote: q\n  - quote: q\n    theme: b\n  - theme: c\n", "f.yaml:7", "no 'quote'")]
    [DataRow("codings:\n  - theme: a\n    quote: q\n", "f.yaml:2", "names no transcript")]
    [DataRow("transcript: t\ncodings:\n  - theme: [a, b]\n    quote: q\n", "f.yaml:3", "'theme' must be text")]
    [DataRow("transcript: t\n", "f.yaml:1", "no 'codings' list")]
    [DataRow("transcript: t\ncodings:\n  - theme: a\n    quote: \"unclosed\n", "f.yaml:4:", "not valid YAML")]
    public void A_mistake_names_the_file_and_line(string yaml, string where, string message)
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => CodingFileReader.Parse(yaml, "f.yaml"));

        Assert.AreEqual(ErrorCode.BadCodings, error.Code);
        StringAssert.StartsWith(error.Where, where);
        StringAssert.Contains(error.Message, message);
    }
}
