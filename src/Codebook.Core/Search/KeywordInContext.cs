using System.Text;
using Codebook.Core.Model;

namespace Codebook.Core.Search;

/// <summary>The matched words with a few words around them, for a one-line result.</summary>
/// <param name="Text">An excerpt of the passage.</param>
/// <param name="Marks">The matched words, as offsets into <paramref name="Text"/>.</param>
/// <param name="CutBefore">The passage goes on before the excerpt.</param>
/// <param name="CutAfter">The passage goes on after the excerpt.</param>
public sealed record KeywordInContext(string Text, IReadOnlyList<TextSpan> Marks, bool CutBefore, bool CutAfter)
{
    /// <summary>One line with the marks between <paramref name="open"/> and <paramref name="close"/>, line breaks
    /// as spaces, and "…" where the passage was cut: <c>…on a commencé à [anonymiser] les CV…</c>.</summary>
    public string Render(string open = "[", string close = "]") => Render(text => text, word => open + word + close);

    /// <summary>The same line, each plain run passed through <paramref name="plain"/> and each matched word through
    /// <paramref name="marked"/>: how a terminal escapes the text and colours the words.</summary>
    public string Render(Func<string, string> plain, Func<string, string> marked)
    {
        var line = new StringBuilder();
        if (CutBefore) line.Append('…');
        int at = 0;
        foreach (var mark in Marks)
        {
            line.Append(plain(Flat(at, mark.Start))).Append(marked(Flat(mark.Start, mark.End)));
            at = mark.End;
        }
        line.Append(plain(Flat(at, Text.Length)));
        if (CutAfter) line.Append('…');
        return line.ToString();
    }

    private string Flat(int start, int end) => Text[start..end].Replace('\n', ' ');
}
