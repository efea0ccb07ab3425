namespace Codebook.Cli.Tables;

/// <summary>How a cell looks on a terminal; files and pipes get the text alone.</summary>
[Flags]
public enum CellLook
{
    Plain = 0,
    Bold = 1,
    Faded = 2,
    /// <summary>The blue of a bar beside a value.</summary>
    Bar = 4,
}
