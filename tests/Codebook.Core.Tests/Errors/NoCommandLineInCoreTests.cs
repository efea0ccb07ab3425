using System.Text.RegularExpressions;
using Codebook.Testing;

namespace Codebook.Core.Tests.Errors;

/// <summary>Core's messages name no command and no option: the terminal UI shows them too, in three languages, and
/// each front end says in its own words what to run (docs/ARCHITECTURE.md).</summary>
[TestClass]
public sealed partial class NoCommandLineInCoreTests
{
    [TestMethod]
    public void NoStringInCoreNamesACommandOrAnOption()
    {
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "Codebook.Core"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) continue;
                foreach (Match literal in Literal().Matches(lines[i]))
                {
                    if (CommandLine().IsMatch(literal.Value)) found.Add($"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}: {literal.Value}");
                }
            }
        }
        Assert.AreEqual(0, found.Count, string.Join(Environment.NewLine, found));
    }

    [TestMethod]
    public void TheCheckFindsAnOptionAndACommand()
    {
        Assert.IsTrue(CommandLine().IsMatch("\"e.g. --bins 25,35,50\""));
        Assert.IsTrue(CommandLine().IsMatch("\"'codebook themes' lists them\""));
        Assert.IsFalse(CommandLine().IsMatch("\"the codebook lists the themes\""));
        Assert.IsFalse(CommandLine().IsMatch("\"30 – < 45\""));
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Literal();

    /// <summary>An option (<c>--bins</c>) or the program's name before a command's (<c>codebook themes</c>).</summary>
    [GeneratedRegex(@"(?<![\w-])--[a-z]|'codebook |\bcodebook (?:init|import|transcripts|show|cases?|attributes?|speakers|log|themes?|demo|code|uncode|place|codings|memos?|undo|redo|freq|matrix|cooccur|saturation|framework|tui|search|autocode|index|agree|disagreements|settle|export|pseudonyms|merge|encrypt|decrypt|backup|restore|media|play)\b")]
    private static partial Regex CommandLine();
}
