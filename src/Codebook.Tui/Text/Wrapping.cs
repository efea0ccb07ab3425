namespace Codebook.Tui.Text;

/// <summary>Cuts one line of text into pieces no wider than a width: at the last space that fits, or inside a word
/// longer than the width. Spaces at a cut are dropped. Used by the reader and the panes alike.</summary>
public static class Wrapping
{
    /// <summary>The pieces of <c>text[start..end)</c> (one line, no line feed) as offset ranges; an empty line gives one empty piece.</summary>
    public static IEnumerable<(int Start, int End)> Pieces(string text, int start, int end, int width)
    {
        width = Math.Max(1, width);
        do
        {
            int cut = end - start <= width ? end : Cut(text, start, width);
            yield return (start, cut);
            start = cut;
            while (start < end && text[start] == ' ') start++;
        } while (start < end);
    }

    /// <summary>Every line of <paramref name="text"/> wrapped to <paramref name="width"/>.</summary>
    public static IEnumerable<string> Lines(string text, int width)
    {
        int start = 0;
        foreach (var line in text.Split('\n'))
        {
            foreach (var (s, e) in Pieces(text, start, start + line.Length, width)) yield return text[s..e];
            start += line.Length + 1;
        }
    }

    private static int Cut(string text, int start, int width)
    {
        for (int i = start + width; i > start; i--)
        {
            if (text[i] == ' ') return i;
        }
        return start + width;
    }
}
