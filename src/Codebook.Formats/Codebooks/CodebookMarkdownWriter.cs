using System.Text;
using Codebook.Core.Model;

namespace Codebook.Formats.Codebooks;

/// <summary>Writes themes in the Markdown codebook format; <see cref="CodebookMarkdownReader"/> reads the result back to the same themes.</summary>
public static partial class CodebookMarkdownWriter
{
    /// <summary>
    /// The codebook as Markdown, themes in tree order. Whitespace in texts is tidied (lines trimmed, blank lines
    /// between paragraphs) and empty items are dropped; a tree or value the format cannot hold throws
    /// <see cref="Core.Errors.CodebookException"/>.
    /// </summary>
    /// <param name="title">Written as the # title line when given.</param>
    public static string Write(IReadOnlyList<Theme> themes, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var ordered = ThemeHeadings.InDocumentOrder(themes);
        CheckKeys(themes);
        var markdown = new StringBuilder();
        if (title is not null)
        {
            markdown.Append("# ").Append(MarkdownEscaper.Line(OneLine(title, "the title"), atLineStart: false, inHeading: true)).Append("\n\n");
        }

        foreach (var (theme, level) in ordered)
        {
            WriteTheme(markdown, theme, level);
        }

        return markdown.ToString();
    }

    private static void WriteTheme(StringBuilder markdown, Theme theme, int level)
    {
        WriteHeading(markdown, theme, level);
        foreach (var (language, label) in theme.Labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            markdown.Append($"label-{Language(language, theme)}: ")
                .Append(MarkdownEscaper.Line(OneLine(label, $"the {language} label of '{theme.Id}'"), atLineStart: false)).Append('\n');
        }

        markdown.Append("Status: ").Append(CodebookSyntax.StatusName(theme.Status)).Append("\n\n");
        WriteDefinition(markdown, theme.Definition);
        WriteList(markdown, "Include", theme.Include);
        WriteList(markdown, "Exclude", theme.Exclude);
        WriteList(markdown, "Examples", theme.Examples);
        foreach (var (language, hints) in theme.SearchHints.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            WriteHints(markdown, $"search-{Language(language, theme)}", hints, theme);
        }
    }

    private static void WriteHeading(StringBuilder markdown, Theme theme, int level)
    {
        markdown.Append('#', level).Append(' ')
            .Append(MarkdownEscaper.Line(OneLine(theme.Label, $"the label of '{theme.Id}'"), atLineStart: false, inHeading: true))
            .Append(" {#").Append(theme.Id);
        if (theme.Color is not null)
        {
            if (!CodebookSyntax.IsColor(theme.Color))
            {
                throw ThemeHeadings.Unwritable($"'{theme.Color}', the colour of '{theme.Id}', is not #RRGGBB", CodebookSyntax.ColorHint);
            }

            markdown.Append(" color=").Append(theme.Color.ToUpperInvariant());
        }

        if (theme.Key is not null)
        {
            markdown.Append(" key=").Append(theme.Key);
        }

        markdown.Append("}\n\n");
    }

    private static void CheckKeys(IReadOnlyList<Theme> themes)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var theme in themes.Where(t => t.Key is not null))
        {
            if (!CodebookSyntax.IsKey(theme.Key!))
            {
                throw ThemeHeadings.Unwritable($"'{theme.Key}', the key of '{theme.Id}', is not one letter or digit", CodebookSyntax.KeyHint);
            }

            if (!used.Add(theme.Key!))
            {
                throw ThemeHeadings.Unwritable($"two themes have the key '{theme.Key}'", "Give each theme its own key, or none.");
            }
        }
    }

    private static string Language(string code, Theme theme) => CodebookSyntax.IsLanguage(code)
        ? code
        : throw ThemeHeadings.Unwritable($"'{code}' in '{theme.Id}' is not a two-letter language code", "Use codes such as fr and es.");

    private static string OneLine(string text, string what)
    {
        var tidy = PlainText.Tidy(text.Replace("\r\n", "\n").Replace('\r', '\n'));
        return tidy.Length > 0 && !tidy.Contains('\n')
            ? tidy
            : throw ThemeHeadings.Unwritable($"{what} must be one line of text", "Remove line breaks and fill in empty labels.");
    }
}
