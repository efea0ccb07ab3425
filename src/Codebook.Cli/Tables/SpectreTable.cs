using System.Runtime.CompilerServices;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Codebook.Cli.Tables;

/// <summary>A <see cref="DrawnTable"/> drawn by Spectre.Console: colours, the terminal's width, wrapping.</summary>
public static class SpectreTable
{
    public static void Write(CliContext context, DrawnTable drawn) => context.Console.Write(Of(drawn));

    public static Table Of(DrawnTable drawn)
    {
        var table = new Table().Border(drawn.Frame == TableFrame.Rounded ? TableBorder.Rounded : TableBorder.Simple);
        if (drawn.Title is { } title) table.Title = new TableTitle(Markup.Escape(title));
        foreach (var column in drawn.Columns)
        {
            var added = new TableColumn(Markup.Escape(column.Header));
            table.AddColumn(column.RightAligned ? added.RightAligned() : added);
        }
        foreach (var row in drawn.Rows) table.AddRow(row.Select(cell => Cell(cell, drawn.EmojiCodes)));
        return table;
    }

    /// <summary>Whether Spectre.Console's markup turns a <c>:name:</c> of the text into an emoji. Apart, and never
    /// inlined, so that <see cref="PlainTable"/> loads Spectre.Console only for a text that may hold one.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool ReplacesEmojiCodes(string text) => Emoji.Replace(text) != text;

    private static IRenderable Cell(DrawnCell cell, bool markup)
    {
        if (!markup) return new Text(cell.Shown, Style(cell.Look));
        var text = Markup.Escape(cell.Text);
        if (cell.Look.HasFlag(CellLook.Faded)) text = $"[dim]{text}[/]";
        if (cell.Look.HasFlag(CellLook.Bar)) text = $"[blue]{text}[/]";
        if (cell.Look.HasFlag(CellLook.Bold)) text = $"[bold]{text}[/]";
        return new Markup(new string(' ', cell.Indent) + text);
    }

    private static Style Style(CellLook look) => new(
        foreground: look.HasFlag(CellLook.Bar) ? Color.Blue : null,
        decoration: (look.HasFlag(CellLook.Bold) ? Decoration.Bold : Decoration.None) | (look.HasFlag(CellLook.Faded) ? Decoration.Dim : Decoration.None));
}
