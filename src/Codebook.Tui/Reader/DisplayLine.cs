namespace Codebook.Tui.Reader;

/// <summary>One row of the reader: a piece <c>[Start, End)</c> of one transcript line, wrapped to the reader's width.</summary>
/// <param name="Line">The one-based transcript line it shows (the gutter numbers it as the imported file does, <c>Transcript.FileLine</c>).</param>
/// <param name="Turn">Zero-based index of the turn it belongs to, or -1 for text outside turns.</param>
/// <param name="FirstOfLine">Whether it is the first row of its line (the one that carries the line number).</param>
public readonly record struct DisplayLine(int Start, int End, int Line, int Turn, bool FirstOfLine);
