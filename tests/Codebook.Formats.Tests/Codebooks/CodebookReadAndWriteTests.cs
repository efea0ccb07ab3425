using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Formats.Codebooks;

namespace Codebook.Formats.Tests.Codebooks;

/// <summary>Reading from disk, and what the writer refuses to write because it could not be read back.</summary>
[TestClass]
public sealed class CodebookReadAndWriteTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void ReadNamesTheFileInErrors()
    {
        var path = Path.Combine(TestContext.TestRunDirectory!, "bad-status.md");
        File.WriteAllText(path, "## Resistance {#resistance}\n\nStatus: done\n");

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookMarkdownReader.Read(path));

        Assert.AreEqual($"{path}:3:9", error.Where);
    }

    [TestMethod]
    public void ReadReportsAFileThatIsNotUtf8()
    {
        var path = Path.Combine(TestContext.TestRunDirectory!, "latin1.md");
        File.WriteAllBytes(path, [.. "## R"u8, 0xE9, .. "sistance\n"u8]);

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookMarkdownReader.Read(path));

        Assert.AreEqual(ErrorCode.BadCodebook, error.Code);
        Assert.AreEqual(path, error.Where);
    }

    [TestMethod]
    public void ReadReportsAMissingFile()
    {
        var path = Path.Combine(TestContext.TestRunDirectory!, "missing.md");

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookMarkdownReader.Read(path));

        Assert.AreEqual(ErrorCode.BadCodebook, error.Code);
    }

    [TestMethod]
    public void WritingOrdersThemesAsATreeWhateverTheListOrder()
    {
        Theme[] themes =
        [
            new() { Id = "child", Label = "Child", ParentId = "top", Order = 0 },
            new() { Id = "second", Label = "Second", Order = 1 },
            new() { Id = "top", Label = "Top", Order = 0 },
        ];

        var read = CodebookMarkdownReader.Parse(CodebookMarkdownWriter.Write(themes), "w.md");

        CollectionAssert.AreEqual(new[] { "top", "child", "second" }, read.Select(t => t.Id).ToArray());
        Assert.AreEqual("top", read[1].ParentId);
    }

    [TestMethod]
    [DataRow("Bad Id", null, null, null, "not a valid theme id")]
    [DataRow("child", "nowhere", null, null, "which is not in the codebook")]
    [DataRow("child", null, "red", null, "is not #RRGGBB")]
    [DataRow("child", null, null, "rr", "is not one letter or digit")]
    [DataRow("top", null, null, null, "two themes have the id 'top'")]
    [DataRow("child", null, null, "k", "two themes have the key 'k'")]
    public void WritingRefusesWhatCannotBeReadBack(string id, string? parent, string? color, string? key, string fragment)
    {
        Theme[] themes =
        [
            new() { Id = "top", Label = "Top", Key = "k" },
            new() { Id = id, Label = "Other", ParentId = parent, Color = color, Key = key },
        ];

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookMarkdownWriter.Write(themes));

        Assert.Contains(fragment, error.Message);
    }

    [TestMethod]
    public void WritingRefusesATreeDeeperThanHeadingsGo()
    {
        var themes = Enumerable.Range(0, 6)
            .Select(i => new Theme { Id = $"t{i}", Label = $"T{i}", ParentId = i == 0 ? null : $"t{i - 1}" })
            .ToList();

        var error = Assert.ThrowsExactly<CodebookException>(() => CodebookMarkdownWriter.Write(themes));

        Assert.Contains("'t5' is nested deeper", error.Message);
    }
}
