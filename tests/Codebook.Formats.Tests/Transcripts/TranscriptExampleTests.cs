using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Spec tests: every file in Examples/ reads to what its <c>.expected</c> file says. Set
/// CODEBOOK_WRITE_EXPECTED=1 to (re)write the expected files from the reader, then review the diff.</summary>
[TestClass]
public sealed class TranscriptExampleTests
{
    public static IEnumerable<object[]> Examples => TestFiles.ExampleNames().Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(Examples))]
    public void ExampleReadsAsExpected(string name)
    {
        string path = Path.Combine(TestFiles.Examples, name);
        string actual = ExpectedTurns.Render(TranscriptReader.Read(path));
        string expectedPath = path + ".expected";
        if (Environment.GetEnvironmentVariable("CODEBOOK_WRITE_EXPECTED") == "1")
        {
            File.WriteAllText(expectedPath, actual);
            Assert.Inconclusive($"wrote {name}.expected; review it");
        }
        Assert.IsTrue(File.Exists(expectedPath), $"{name}.expected is missing; actual:\n{actual}");
        Assert.AreEqual(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }
}
