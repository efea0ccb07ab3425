using System.Text;
using Codebook.Core.Model;

namespace Codebook.Formats.Codebooks;

public static partial class CodebookMarkdownWriter
{
    private static void WriteDefinition(StringBuilder markdown, string definition)
    {
        var paragraphs = Paragraphs(definition);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            WriteParagraph(markdown, paragraphs[i], i == 0 ? "Definition: " : "", "", firstAtLineStart: i > 0);
            markdown.Append('\n');
        }
    }

    private static void WriteList(StringBuilder markdown, string label, List<string> items)
    {
        var written = items.Select(Paragraphs).Where(p => p.Count > 0).ToList();
        if (written.Count == 0)
        {
            return;
        }

        markdown.Append(label).Append(":\n");
        foreach (var paragraphs in written)
        {
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    markdown.Append('\n');
                }

                WriteParagraph(markdown, paragraphs[i], i == 0 ? "- " : "  ", "  ", firstAtLineStart: true);
            }
        }

        markdown.Append('\n');
    }

    /// <summary>Hints go on the label's line, comma-separated, unless one holds a comma: then they are a list.</summary>
    private static void WriteHints(StringBuilder markdown, string label, List<string> hints, Theme theme)
    {
        var written = hints.Select(h => PlainText.Tidy(h)).Where(h => h.Length > 0).ToList();
        if (written.Any(h => h.Contains('\n')))
        {
            throw ThemeHeadings.Unwritable($"a {label} hint of '{theme.Id}' has a line break", "Keep each search hint on one line.");
        }

        if (written.Count == 0)
        {
            return;
        }

        if (written.Any(h => h.Contains(',')))
        {
            WriteList(markdown, label, written);
            return;
        }

        markdown.Append(label).Append(": ")
            .AppendJoin(", ", written.Select(h => MarkdownEscaper.Line(h, atLineStart: false))).Append("\n\n");
    }

    /// <summary>Lines of a paragraph end in a backslash, Markdown's hard line break, so the reader gets the newlines back.</summary>
    private static void WriteParagraph(StringBuilder markdown, string paragraph, string prefix, string indent, bool firstAtLineStart)
    {
        var lines = paragraph.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            markdown.Append(i == 0 ? prefix : indent)
                .Append(MarkdownEscaper.Line(lines[i], atLineStart: i > 0 || firstAtLineStart))
                .Append(i < lines.Length - 1 ? "\\\n" : "\n");
        }
    }

    /// <summary>Paragraphs are separated by blank lines; each is tidied to trimmed, non-empty lines.</summary>
    private static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var lines = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Append(""))
        {
            if (line.Trim(' ', '\t').Length > 0)
            {
                lines.Add(line);
            }
            else if (lines.Count > 0)
            {
                paragraphs.Add(PlainText.Tidy(string.Join('\n', lines)));
                lines.Clear();
            }
        }

        return paragraphs;
    }
}
