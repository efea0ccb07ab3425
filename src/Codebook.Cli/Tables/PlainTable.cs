using System.Text;

namespace Codebook.Cli.Tables;

/// <summary>Writes a <see cref="DrawnTable"/> for a file or pipe byte for byte as Spectre.Console lays it out there
/// (a 240-column profile, no colours, its Rounded and Simple borders), without loading Spectre.Console: its start-up
/// was a fifth of a short command's time. It declines whatever it cannot be sure to lay out the same way, and the
/// caller then draws with Spectre.Console: a table wider than the profile (Spectre wraps or shrinks cells), a
/// character whose width on a terminal is not one cell (wide East Asian characters, combining marks, emoji, control
/// characters), an emoji code in markup, an output whose encoding is not Unicode (Spectre swaps the border).</summary>
public static class PlainTable
{
    /// <summary>The width of CliContext's console for files and pipes.</summary>
    public const int ProfileWidth = 240;

    private sealed record Frame(string Top, string Header, string HeaderRule, string Cell, string Bottom);

    // Left edge, rule, separator, right edge (rules); left edge, separator, right edge (rows): Spectre.Console's
    // RoundedTableBorder and SimpleTableBorder.
    private static readonly Frame Rounded = new("╭─┬╮", "│││", "├─┼┤", "│││", "╰─┴╯");
    private static readonly Frame Simple = new("    ", "   ", "────", "   ", "    ");

    /// <summary>Writes the table and says true, or writes nothing and says false.</summary>
    public static bool TryWrite(TextWriter writer, DrawnTable table)
    {
        if (!IsUnicode(writer.Encoding)) return false;
        if (Layout(table) is not { } text) return false;
        writer.Write(text);
        return true;
    }

    /// <summary>Whether Spectre.Console takes <paramref name="encoding"/> (Console.Out's is the console's) for Unicode: it
    /// does when the encoding's name holds "Unicode", as the names of UTF-7, UTF-8, UTF-16 and UTF-32 do, each byte order.
    /// Asked by code page: the name is a resource, and its first look-up cost a command some 5 ms.</summary>
    public static bool IsUnicode(Encoding encoding) => encoding.CodePage is 65000 or 65001 or 1200 or 1201 or 12000 or 12001;

    /// <summary>The table's text, or null where Spectre.Console might lay it out otherwise.</summary>
    public static string? Layout(DrawnTable table)
    {
        int count = table.Columns.Count;
        if (count == 0) return null;
        var widths = new int[count];
        for (int c = 0; c < count; c++)
        {
            if (!Fits(table.Columns[c].Header, markup: true)) return null;
            widths[c] = table.Columns[c].Header.Length;
        }
        foreach (var row in table.Rows)
        {
            if (row.Count != count) return null;
            for (int c = 0; c < count; c++)
            {
                if (row[c].Indent < 0 || !Fits(row[c].Text, table.EmojiCodes)) return null;
                widths[c] = Math.Max(widths[c], row[c].Indent + row[c].Text.Length);
            }
        }
        // Separators, two edges, and a space either side of each cell.
        int frameWidth = 3 * count + 1;
        int tableWidth = frameWidth;
        foreach (int width in widths) tableWidth += width;
        if (tableWidth > ProfileWidth) return null;

        var frame = table.Frame == TableFrame.Rounded ? Rounded : Simple;
        var text = new StringBuilder();
        if (table.Title is { } title)
        {
            if (title.Length == 0 || title.Length > tableWidth || !Fits(title, markup: true)) return null;
            int space = tableWidth - title.Length;
            text.Append(' ', space / 2).Append(title).Append(' ', space / 2 + space % 2).Append(Environment.NewLine);
        }
        Rule(text, frame.Top, widths);
        Row(text, frame.Header, widths, table.Columns, table.Columns.Select(c => c.Header).ToList());
        if (table.Rows.Count > 0) Rule(text, frame.HeaderRule, widths);
        foreach (var row in table.Rows) Row(text, frame.Cell, widths, table.Columns, row.Select(c => c.Shown).ToList());
        Rule(text, frame.Bottom, widths);
        return text.ToString();
    }

    private static void Rule(StringBuilder text, string parts, int[] widths)
    {
        text.Append(parts[0]);
        for (int c = 0; c < widths.Length; c++) text.Append(parts[1], widths[c] + 2).Append(c < widths.Length - 1 ? parts[2] : parts[3]);
        text.Append(Environment.NewLine);
    }

    private static void Row(StringBuilder text, string parts, int[] widths, IReadOnlyList<DrawnColumn> columns, IReadOnlyList<string> cells)
    {
        text.Append(parts[0]);
        for (int c = 0; c < widths.Length; c++)
        {
            int space = widths[c] - cells[c].Length;
            text.Append(' ');
            if (columns[c].RightAligned) text.Append(' ', space).Append(cells[c]);
            else text.Append(cells[c]).Append(' ', space);
            text.Append(' ').Append(c < widths.Length - 1 ? parts[1] : parts[2]);
        }
        text.Append(Environment.NewLine);
    }

    /// <summary>Whether every character of the text takes one cell on a terminal, and, in markup, no
    /// <c>:name:</c> is an emoji code. Only a text that may hold one (<c>attr:role: cases</c>) asks Spectre.Console's
    /// list of emoji; brackets split markup into parts whose codes are read apart, so such a text is declined.</summary>
    private static bool Fits(string text, bool markup)
    {
        foreach (var c in text)
        {
            if (!OneCell(c)) return false;
        }
        if (!markup || !MayHoldEmojiCode(text)) return true;
        return !text.AsSpan().ContainsAny('[', ']') && !SpectreTable.ReplacesEmojiCodes(text);
    }

    /// <summary>Characters that are one cell wide, neither combining nor control nor line breaks (a test checks each
    /// against Spectre.Console's measure): Latin and Greek letters and punctuation, the general punctuation's dashes, quotes and
    /// ellipsis, the euro sign, box drawing and blocks (the bars).</summary>
    public static bool OneCell(char c) => c switch
    {
        >= ' ' and <= '~' => true,
        >= '\u00A0' and <= '\u024F' => c != '\u00AD',
        >= '\u0370' and <= '\u03FF' => true,
        >= '\u2010' and <= '\u2027' => true,
        >= '\u2030' and <= '\u203A' => true,
        '\u20AC' => true,
        >= '\u2500' and <= '\u259F' => true,
        _ => false,
    };

    /// <summary>Spectre.Console replaces <c>:name:</c> in markup when the name is an emoji's (letters, digits,
    /// underscores), looking at each pair of colons in turn.</summary>
    private static bool MayHoldEmojiCode(string text)
    {
        int colon = text.IndexOf(':');
        while (colon >= 0)
        {
            int next = text.IndexOf(':', colon + 1);
            if (next < 0) return false;
            if (next > colon + 1 && IsEmojiName(text.AsSpan(colon + 1, next - colon - 1))) return true;
            colon = next;
        }
        return false;
    }

    private static bool IsEmojiName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c != '_') return false;
        }
        return true;
    }
}
