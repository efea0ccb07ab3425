using System.Drawing;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Codebook.Tui.Text;

/// <summary>Draws text of one-cell characters (<see cref="OneCell"/>) straight into the driver's screen buffer, each
/// cell left as Terminal.Gui's <c>AddStr</c> leaves it (the character, the attribute, marked for output, nothing
/// outside the clip or the screen), without the grapheme split, width look-ups and lock that <c>AddStr</c> pays per
/// cell, which were most of the cost of a screen. A cell that already holds the same character in the same attribute
/// is left alone, so the terminal is sent only what changed.</summary>
public static class ScreenCells
{
    /// <summary>Whether a character takes exactly one cell on its own, so it can share a run with its neighbours
    /// without moving them (Latin text and its punctuation); others are drawn one by one with <c>AddStr</c>.</summary>
    public static bool OneCell(char c) => c is (>= ' ' and < '\u007F') or (>= '\u00A0' and < '\u0300' and not '\u00AD') or (>= '\u2010' and <= '\u2026');

    /// <summary>Draws <c>text[start..start + length)</c>, all of it <see cref="OneCell"/> characters, in
    /// <paramref name="attribute"/> from column <paramref name="x"/> of row <paramref name="y"/> of the view's viewport.</summary>
    public static void Draw(View view, int x, int y, string text, int start, int length, Attribute attribute)
    {
        var buffer = view.App?.Driver?.GetOutputBuffer();
        var at = view.ViewportToScreen(new Point(x, y));
        if (buffer?.Contents is not { } cells || buffer.Clip is not { } clip || at.Y < 0 || at.Y >= Math.Min(buffer.Rows, cells.GetLength(0)))
        {
            view.SetAttribute(attribute);
            view.AddStr(x, y, text.Substring(start, length));
            return;
        }
        int row = at.Y, columns = Math.Min(buffer.Cols, cells.GetLength(1));
        // Most runs lie wholly inside the clip: one test for the run rather than one per cell.
        bool inside = clip.Contains(new Rectangle(at.X, row, length, 1));
        for (int i = Math.Max(0, -at.X); i < length && at.X + i < columns; i++)
        {
            int column = at.X + i;
            if (!inside && !clip.Contains(column, row)) continue;
            var grapheme = Grapheme(text[start + i]);
            if (column > 0 && !Narrow(cells[row, column - 1].Grapheme))
            {
                // A wide character on the left, which this cell cuts: AddStr knows what to put in its place.
                view.SetAttribute(attribute);
                view.AddStr(x + i, y, grapheme);
                continue;
            }
            var old = cells[row, column];
            if (old.Attribute == attribute && old.Grapheme == grapheme) continue;
            cells[row, column] = new Cell(attribute, IsDirty: true, grapheme);
            buffer.DirtyLines[row] = true;
            // A wide character was there: the cell to its right, which it covered, is shown again too.
            if (!Narrow(old.Grapheme) && column + 1 < columns) cells[row, column + 1].IsDirty = true;
        }
    }

    /// <summary>Draws any text from column <paramref name="x"/> of row <paramref name="y"/>: runs of
    /// <see cref="OneCell"/> characters straight into the cells, the rest (and the character before it, which it may
    /// combine with) through <c>AddStr</c>, in the columns it gives them.</summary>
    /// <returns>The viewport column after the text.</returns>
    public static int Write(View view, int x, int y, string text, Attribute attribute)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = start;
            while (end < text.Length && OneCell(text[end])) end++;
            if (end < text.Length && end > start) end--;
            if (end > start)
            {
                Draw(view, x, y, text, start, end - start, attribute);
                x += end - start;
            }
            else
            {
                end = start + 1;
                while (end < text.Length && !(OneCell(text[end]) && (end + 1 == text.Length || OneCell(text[end + 1])))) end++;
                int screen = view.ViewportToScreen(new Point(x, y)).X;
                view.SetAttribute(attribute);
                view.AddStr(x, y, text[start..end]);
                x += (view.App?.Driver?.GetOutputBuffer().Col ?? screen + end - start) - screen;
            }
            start = end;
        }
        return x;
    }

    /// <summary>Blanks <paramref name="count"/> cells from column <paramref name="x"/> of row <paramref name="y"/>.</summary>
    public static void Blank(View view, int x, int y, int count, Attribute attribute)
    {
        if (count > 0) Draw(view, x, y, count <= BlankRow.Length ? BlankRow : new string(' ', count), 0, count, attribute);
    }

    private static readonly string BlankRow = new(' ', 256);

    /// <summary>Whether what a cell holds takes at most one cell (nothing below U+1100 is wide).</summary>
    private static bool Narrow(string? grapheme) => grapheme is null || grapheme.Length == 0 || (grapheme.Length == 1 && grapheme[0] < '\u1100');

    /// <summary>The one-character string of each <see cref="OneCell"/> character, made once.</summary>
    private static string Grapheme(char c)
    {
        int i = c < '\u0300' ? c : c - '\u2010' + 0x300;
        return Graphemes[i] ??= c.ToString();
    }

    private static readonly string?[] Graphemes = new string?[0x300 + '\u2026' - '\u2010' + 1];
}
