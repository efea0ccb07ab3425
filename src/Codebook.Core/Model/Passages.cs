namespace Codebook.Core.Model;

/// <summary>Cuts a transcript into passages: one per turn, long turns split at sentence ends.</summary>
public static class Passages
{
    /// <summary>Turns longer than this many characters are split at sentence boundaries.</summary>
    public const int MaxLength = 1200;

    public static IReadOnlyList<Passage> Of(Transcript transcript)
    {
        var passages = new List<Passage>();
        foreach (var turn in transcript.Turns)
        {
            foreach (var span in Split(transcript.Text, turn.Words))
            {
                passages.Add(new Passage(transcript.Id, passages.Count, turn.Index, span));
            }
        }
        return passages;
    }

    /// <summary>The passages a span overlaps, found by binary search: passages are in text order and do not overlap.</summary>
    public static (int First, int Last)? Touched(IReadOnlyList<Passage> passages, TextSpan span)
    {
        int first = FirstEndingAfter(passages, span.Start);
        if (first == passages.Count || !passages[first].Span.Overlaps(span)) return null;
        int last = first;
        while (last + 1 < passages.Count && passages[last + 1].Span.Overlaps(span)) last++;
        return (passages[first].Index, passages[last].Index);
    }

    /// <summary>The first passage that ends after <paramref name="offset"/>, or the count if none does.</summary>
    private static int FirstEndingAfter(IReadOnlyList<Passage> passages, int offset)
    {
        int low = 0, high = passages.Count;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (passages[middle].Span.End > offset) high = middle;
            else low = middle + 1;
        }
        return low;
    }

    private static IEnumerable<TextSpan> Split(string text, TextSpan words)
    {
        int start = words.Start;
        while (words.End - start > MaxLength)
        {
            int cut = LastSentenceEnd(text, start, start + MaxLength);
            if (cut <= start) cut = start + MaxLength;
            yield return new TextSpan(start, cut);
            start = SkipSpace(text, cut, words.End);
        }
        if (words.End > start) yield return new TextSpan(start, words.End);
    }

    /// <summary>Offset just after the last ". ", "? " or "! " (or line end) in [from, to), or -1.</summary>
    private static int LastSentenceEnd(string text, int from, int to)
    {
        for (int i = to - 1; i > from; i--)
        {
            bool boundary = char.IsWhiteSpace(text[i]) && text[i - 1] is '.' or '?' or '!' or '…' or '\n';
            if (boundary) return i;
        }
        return -1;
    }

    private static int SkipSpace(string text, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        return from;
    }
}
