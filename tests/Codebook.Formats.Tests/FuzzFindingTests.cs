using System.Text;
using Codebook.Core.Errors;
using Codebook.Formats.Codebooks;
using Codebook.Formats.Codings;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests;

/// <summary>Inputs the fuzz runner (tests/Codebook.Fuzz) found to crash a parser, cut down to what did it; each is now
/// our error with a location. docs/RELIABILITY.md lists them.</summary>
[TestClass]
public sealed class FuzzFindingTests
{
    /// <summary>Markdig gives up on link brackets nested thousands deep with an ArgumentException.</summary>
    [TestMethod]
    public void ACodebookNestedBeyondMarkdigsLimitIsAMistakeAtTheTop()
    {
        var markdown = "# Codebook\n\n## Résistance\n\nDefinition: " + new string('[', 200_000) + "\n";

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookMarkdownReader.Parse(markdown, "deep.md"));

        Assert.AreEqual("deep.md:1:1", error.Where);
        StringAssert.Contains(error.Message, "nested too deeply");
    }

    /// <summary>Markdig nests emphasis as deep as the marks go; reading its text recursed until the stack overflowed.</summary>
    [TestMethod]
    public void ACodebookWithEmphasisNestedAHundredThousandDeepIsRead()
    {
        var markdown = "# Codebook\n\n## Résistance\n\nDefinition: " + new string('*', 200_000) + "refus" + new string('*', 200_000) + "\n";

        var themes = CodebookMarkdownReader.Parse(markdown, "deep.md");

        Assert.AreEqual("refus", themes.Single().Definition);
    }

    /// <summary>YamlDotNet's node loader recursed once per level until the stack overflowed, killing the process.</summary>
    [TestMethod]
    [DataRow("{a: ")]
    [DataRow("[")]
    public void CodingsNestedThousandsDeepAreRefusedWithTheirLine(string level)
    {
        var yaml = "transcript: t\ncodings: " + string.Concat(Enumerable.Repeat(level, 20_000));

        var error = Assert.ThrowsExactly<CodebookException>(() => CodingFileReader.Parse(yaml, "deep.yaml"));

        Assert.AreEqual(ErrorCode.BadCodings, error.Code);
        StringAssert.StartsWith(error.Where, "deep.yaml:2:");
        StringAssert.Contains(error.Message, "nested more than 64 levels deep");
    }

    [TestMethod]
    public void FrontMatterNestedThousandsDeepIsRefusedWithItsLine()
    {
        var text = "---\nid: x\ncase: " + new string('[', 20_000) + "\n---\nENQ: Bonjour.\nNADIA: Bonjour.\n";

        var error = Assert.ThrowsExactly<CodebookException>(() => TranscriptReader.Read("deep.md", Encoding.UTF8.GetBytes(text)));

        Assert.AreEqual("deep.md:3", error.Where);
        StringAssert.Contains(error.Message, "nested more than 64 levels deep");
    }

    /// <summary>A cue of 400,000 unclosed '&lt;' hung the tag stripping (quadratic); the hang guard is far above the
    /// milliseconds it takes now, not a performance check.</summary>
    [TestMethod]
    [DataRow("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Nadia>", "x.vtt")]
    [DataRow("1\n00:00:01,000 --> 00:00:02,000\nNadia: ", "x.srt")]
    public void ACueOfUnclosedTagsIsReadAtOnce(string head, string file)
    {
        var bytes = Encoding.UTF8.GetBytes(head + new string('<', 200_000) + "<v " + new string('<', 200_000) + "\n");

        var read = Task.Run(() => TranscriptReader.Read(file, bytes));

        Assert.IsTrue(read.Wait(TimeSpan.FromSeconds(20)), "the subtitles were still being read");
        Assert.AreEqual(1, read.Result.Transcript.Turns.Count);
    }
}
