using System.Text;
using Codebook.Core.Model;

namespace Codebook.Search.Hits;

/// <summary>The matched words with a few words around them, for a one-line result.</summary>
/// <param name="Text">An excerpt of the passage.</param>
/// <param name="Marks">The matched words, as offsets into <paramref name="Text"/>.</param>
/// <param name="CutBefore">The passage goes on before the excerpt.</param>
/// <param name="CutAfter">The passage goes on after the excerpt.</param>
public sealed record KeywordInContext(string Text, IReadOnlyList<TextSpan> Marks, bool CutBefore, bool CutAfter)
{
    /// <summary>One line with the marks between <paramref name="open"/> and <paramref name="close"/>, line breaks
    /// as spaces, and "…" where the passage was cut: <c>…on a commencé à [anonymiser] les CV…</c>.</summary>
    public string Render(string open = "[", string close = "]")
    {
        var line = new StringBuilder();
        if (CutBefore) line.Append('…');
        int at = 0;
        foreach (var mark in Marks)
        {
            line.Append(Text, at, mark.Start - at).Append(open).Append(Text, mark.Start, mark.Length).Append(close);
            at = mark.End;
        }
        line.Append(Text, at, Text.Length - at);
        if (CutAfter) line.Append('…');
        return line.Replace('\n', ' ').ToString();
    }
}
