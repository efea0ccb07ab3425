using System.Text;

namespace Codebook.Formats.Codebooks;

/// <summary>
/// Backslash-escapes the characters that would make one line of plain text mean something else in Markdown or in the
/// codebook format, and only those, so written codebooks stay pleasant to read.
/// </summary>
internal static class MarkdownEscaper
{
    /// <param name="atLineStart">The text starts a line, where "# ", "- ", "1. ", "> " or "Word:" would be read as structure.</param>
    /// <param name="inHeading">Braces would open an attribute block and # could close the heading.</param>
    public static string Line(string text, bool atLineStart, bool inHeading = false)
    {
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (NeedsEscape(text, i, atLineStart, inHeading))
            {
                escaped.Append('\\');
            }

            escaped.Append(text[i]);
        }

        return escaped.ToString();
    }

    private static bool NeedsEscape(string text, int i, bool atLineStart, bool inHeading)
    {
        switch (text[i])
        {
            case '\\' or '`' or '*' or '_' or '[' or ']' or '<':
                return true;
            case '&':
                return i + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[i + 1]) || text[i + 1] == '#');
            case '{' or '}' or '#' when inHeading:
                return true;
        }

        if (!atLineStart)
        {
            return false;
        }

        return i == 0
            ? text[i] is '#' or '>' or '-' or '+' or '=' or '~'
            : (text[i] is '.' or ')' && StartsOrderedList(text, i)) || (text[i] == ':' && StartsLabel(text, i));
    }

    private static bool StartsOrderedList(string text, int i) =>
        text[..i].All(char.IsAsciiDigit) && (i + 1 == text.Length || text[i + 1] is ' ' or '\t');

    private static bool StartsLabel(string text, int i) =>
        CodebookSyntax.LabelPattern().Match(text) is { Success: true } match && match.Groups["name"].Length == i;
}
