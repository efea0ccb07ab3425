using Codebook.Formats.Codebooks;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>Writing a codebook and reading it back gives the same themes; writing what was read gives the same text.</summary>
[TestClass]
public sealed class CodebookRoundTripTests
{
    public static IEnumerable<object[]> Good => ExampleFiles.Markdown(ExampleFiles.Good);

    public static IEnumerable<object[]> Study => ExampleFiles.Markdown(ExampleFiles.Themes);

    [TestMethod]
    [DynamicData(nameof(Good))]
    public void GoodExampleSurvivesWriting(string file) => AssertRoundTrip(ExampleFiles.Read(ExampleFiles.Good, file), file);

    [TestMethod]
    [DynamicData(nameof(Study))]
    public void StudyCodebookSurvivesWriting(string file) => AssertRoundTrip(ExampleFiles.Read(ExampleFiles.Themes, file), file);

    [TestMethod]
    public void RandomCodebooksSurviveWritingAndWriteStably()
    {
        var seeds = Gen.Choose(0, int.MaxValue).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(seeds, seed =>
        {
            var random = new RandomCodebook(seed);
            var themes = random.Themes();
            var title = random.Title();
            var written = CodebookMarkdownWriter.Write(themes, title);

            var read = CodebookMarkdownReader.Parse(written, $"seed-{seed}.md");

            Assert.AreEqual(ThemeOutline.Format(themes), ThemeOutline.Format(read), $"seed {seed}, written as:\n{written}");
            Assert.AreEqual(written, CodebookMarkdownWriter.Write(read, title), "writing what was read changes nothing");
        }));
    }

    private static void AssertRoundTrip(string markdown, string file)
    {
        var themes = CodebookMarkdownReader.Parse(markdown, file);
        var written = CodebookMarkdownWriter.Write(themes, "Title");

        var read = CodebookMarkdownReader.Parse(written, file);

        Assert.AreEqual(ThemeOutline.Format(themes), ThemeOutline.Format(read), written);
        Assert.AreEqual(written, CodebookMarkdownWriter.Write(read, "Title"), "writing what was read changes nothing");
    }
}
