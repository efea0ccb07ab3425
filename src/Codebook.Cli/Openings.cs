using System.CommandLine;
using System.CommandLine.Parsing;
using Codebook.Storage;

namespace Codebook.Cli;

/// <summary>How a command opens a project: saying what it is doing (<c>codebook import</c>, for another process to
/// read in the project's lock) and where the password comes from.</summary>
public static class Openings
{
    public static ProjectOpening For(ParseResult parse, GlobalOptions globals) => new()
    {
        Doing = Doing(parse),
        Password = Once(Passwords.ToOpen(parse, globals)),
    };

    /// <summary>Asked at most once a command, however many times it opens the project (<c>decrypt</c> also re-keys the
    /// search index with it).</summary>
    private static Func<string?> Once(Func<string?> password)
    {
        var given = new Lazy<string?>(password);
        return () => given.Value;
    }

    /// <summary>The command as typed, without its arguments: <c>codebook theme merge</c>.</summary>
    private static string Doing(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result.Parent is CommandResult parent; result = parent) names.Insert(0, result.Command.Name);
        return string.Join(' ', names.Prepend("codebook"));
    }
}
