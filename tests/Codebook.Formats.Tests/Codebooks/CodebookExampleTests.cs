using Codebook.Core.Errors;
using Codebook.Formats.Codebooks;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>Spec tests: each example codebook reads to the themes in its .outline file, or fails where its .error file says.</summary>
[TestClass]
public sealed class CodebookExampleTests
{
    public static IEnumerable<object[]> Good => ExampleFiles.Markdown(ExampleFiles.Good);

    public static IEnumerable<object[]> Bad => ExampleFiles.Markdown(ExampleFiles.Bad);

    [TestMethod]
    [DynamicData(nameof(Good))]
    public void GoodExampleReadsToItsOutline(string file)
    {
        var themes = CodebookMarkdownReader.Parse(ExampleFiles.Read(ExampleFiles.Good, file), file);

        var expected = ExampleFiles.Read(ExampleFiles.Good, Path.ChangeExtension(file, ".outline"));
        Assert.AreEqual(expected, ThemeOutline.Format(themes));
    }

    /// <summary>The .error file holds the location on its first line and a fragment of the message on its second.</summary>
    [TestMethod]
    [DynamicData(nameof(Bad))]
    public void BadExampleFailsAtItsLocation(string file)
    {
        var expected = ExampleFiles.Read(ExampleFiles.Bad, Path.ChangeExtension(file, ".error")).Split('\n');

        var error = Assert.ThrowsExactly<CodebookException>(
            () => CodebookMarkdownReader.Parse(ExampleFiles.Read(ExampleFiles.Bad, file), file));

        Assert.AreEqual(ErrorCode.BadCodebook, error.Code);
        Assert.AreEqual(expected[0], error.Where);
        Assert.Contains(expected[1], error.Message);
        Assert.IsFalse(string.IsNullOrWhiteSpace(error.Hint), "every mistake says what to do");
    }
}
