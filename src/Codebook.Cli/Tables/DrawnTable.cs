namespace Codebook.Cli.Tables;

/// <summary>A table as the command line draws it, independent of what draws it: Spectre.Console on a terminal
/// (<see cref="SpectreTable"/>), or <see cref="PlainTable"/>, which writes the same bytes in a file or pipe without
/// Spectre.Console's start-up.</summary>
/// <param name="Title">Centred above the table; none: no line.</param>
/// <param name="EmojiCodes">Whether Spectre.Console reads the cells as markup, where <c>:name:</c> codes become emoji
/// (the analysis tables' cells are markup; the listings' cells are plain text). Headers and titles always are.</param>
public sealed record DrawnTable(string? Title, TableFrame Frame, IReadOnlyList<DrawnColumn> Columns, IReadOnlyList<IReadOnlyList<DrawnCell>> Rows,
    bool EmojiCodes = false)
{
    /// <summary>A listing: no title, a rule under the headers, plain-text cells.</summary>
    public static DrawnTable Listing(IReadOnlyList<DrawnColumn> columns, IEnumerable<DrawnCell[]> rows) =>
        new(null, TableFrame.Simple, columns, rows.ToList<IReadOnlyList<DrawnCell>>());

    /// <summary>Writes the table to the results: plainly when they go to a file or pipe and the plain writer can be
    /// sure to write what Spectre.Console would; through Spectre.Console otherwise.</summary>
    public void Write(CliContext context)
    {
        if (!context.OutputIsTerminal && context.PlainTables && PlainTable.TryWrite(context.Out, this)) return;
        SpectreTable.Write(context, this);
    }
}
