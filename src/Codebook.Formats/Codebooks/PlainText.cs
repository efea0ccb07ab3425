using System.Text;
using Markdig.Syntax.Inlines;

namespace Codebook.Formats.Codebooks;

/// <summary>
/// The text a reader sees in part of a paragraph or heading: formatting marks, escapes and link targets
/// are dropped, a soft line break is a space and a hard one is a newline.
/// </summary>
internal static class PlainText
{
    /// <summary>The text of the inlines that start in the source range [from, to).</summary>
    public static string Of(ContainerInline? inlines, string source, int from, int to)
    {
        var text = new StringBuilder();
        if (inlines is not null)
        {
            Append(inlines, source, from, to, text);
        }

        return Tidy(text.ToString());
    }

    /// <summary>Trims each line and drops empty ones, the form the writer writes and the reader returns.</summary>
    public static string Tidy(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.Trim(' ', '\t')).Where(line => line.Length > 0));

    /// <summary>Walks the inlines in order with a stack of its own: Markdig nests emphasis and links as deep as the input
    /// does, and recursing overflowed the stack on a run of 200,000 '*' (found by fuzzing).</summary>
    private static void Append(ContainerInline container, string source, int from, int to, StringBuilder text)
    {
        var pending = new Stack<Inline>(container.Reverse());
        while (pending.TryPop(out var inline))
        {
            if (inline.Span.End < from || inline.Span.Start >= to)
            {
                continue;
            }

            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(Cut(literal, source, from, to));
                    break;
                case LineBreakInline lineBreak:
                    text.Append(lineBreak.IsHard ? '\n' : ' ');
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded);
                    break;
                case HtmlInline html:
                    text.Append(html.Tag);
                    break;
                case AutolinkInline autolink:
                    text.Append(autolink.Url);
                    break;
                case ContainerInline inner:
                    foreach (var child in inner.Reverse())
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }
    }

    /// <summary>The part of a literal inside [from, to); Markdig merges escapes into literals, so source and content offsets differ.</summary>
    private static string Cut(LiteralInline literal, string source, int from, int to)
    {
        var content = literal.Content.ToString();
        if (literal.Span.Start >= from && literal.Span.End < to)
        {
            return content;
        }

        var start = ContentOffset(literal, source, Math.Max(from, literal.Span.Start));
        var end = ContentOffset(literal, source, Math.Min(to, literal.Span.End + 1));
        return content[Math.Min(start, content.Length)..Math.Min(end, content.Length)];
    }

    private static int ContentOffset(LiteralInline literal, string source, int position)
    {
        var count = 0;
        for (var i = literal.Span.Start; i < position; i++, count++)
        {
            if (source[i] == '\\' && i + 1 <= literal.Span.End && IsAsciiPunctuation(source[i + 1]))
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>The characters CommonMark lets a backslash escape.</summary>
    public static bool IsAsciiPunctuation(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));
}
