namespace Codebook.Cli.Tables;

/// <summary>A cell of a <see cref="DrawnTable"/>: its text, after <paramref name="Indent"/> spaces (a theme's depth).</summary>
public sealed record DrawnCell(string Text, CellLook Look = CellLook.Plain, int Indent = 0)
{
    public static implicit operator DrawnCell(string text) => new(text);

    /// <summary>The text as a file shows it: the indent's spaces, then the text.</summary>
    public string Shown => Indent == 0 ? Text : new string(' ', Indent) + Text;
}
