using System.Text.RegularExpressions;
using Codebook.Core.Errors;
using Codebook.Formats.Codebooks;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>On any input the reader either returns themes that survive writing, or throws our error with a location.</summary>
[TestClass]
public sealed partial class CodebookFuzzTests
{
    private static readonly string[] Lines =
    [
        "# Codebook", "## Résistance {#resistance color=#C0392B key=r}", "## Perte de sens", "### Sub {#sub key=s}",
        "#### Deeper", "## Bad {#x color=red", "## {#empty}", "Definition: text", "Definition:", "Include:", "Exclude: one",
        "Examples:", "- « quote »", "- ", "  - nested", "1. first", "label-fr: Résistance", "label-es:", "search-fr: a, b",
        "Status: approved", "Status: maybe", "Defintion: typo", "> quoted", "```", "---", "===", "", "", "plain text",
        "**Include:**", "Note\\: escaped", "<!-- comment -->", "\ttabbed", "    indented code", "text with \\", "\\{x}",
    ];

    [TestMethod]
    public void CodebookLikeInputReadsOrFailsWithALocation()
    {
        var documents = Gen.ListOf(Gen.Elements(Lines)).Select(lines => string.Join('\n', lines)).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(documents, AssertReadsOrFailsWell));
    }

    [TestMethod]
    public void AnyTextReadsOrFailsWithALocation()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(ArbMap.Default.ArbFor<string>(),
            text => AssertReadsOrFailsWell(text ?? "")));
    }

    private static void AssertReadsOrFailsWell(string markdown)
    {
        try
        {
            var themes = CodebookMarkdownReader.Parse(markdown, "fuzz.md");
            var read = CodebookMarkdownReader.Parse(CodebookMarkdownWriter.Write(themes), "fuzz.md");
            Assert.AreEqual(ThemeOutline.Format(themes), ThemeOutline.Format(read), markdown);
        }
        catch (CodebookException e)
        {
            Assert.AreEqual(ErrorCode.BadCodebook, e.Code);
            Assert.IsNotNull(e.Where);
            Assert.MatchesRegex(Location(), e.Where, markdown);
        }
    }

    [GeneratedRegex(@"^fuzz\.md:\d+:\d+$")]
    private static partial Regex Location();
}
