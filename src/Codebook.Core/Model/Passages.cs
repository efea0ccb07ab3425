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

    /// <summary>The passages a span overlaps, found by binary search: passages are in text order and do not overlap.
    /// Stored passages (<see cref="PassageCuts"/>) are searched without making a <see cref="Passage"/> of each one looked at.</summary>
    public static (int First, int Last)? Touched(IReadOnlyList<Passage> passages, TextSpan span)
    {
        var cuts = passages as PassageCuts;
        TextSpan SpanAt(int i) => cuts?.SpanOf(i) ?? passages[i].Span;
        // The first passage that ends after the span's start.
        int first = 0, high = passages.Count;
        while (first < high)
        {
            int middle = (first + high) / 2;
            if (SpanAt(middle).End > span.Start) high = middle;
            else first = middle + 1;
        }
        if (first == passages.Count || !SpanAt(first).Overlaps(span)) return null;
        int last = first;
        while (last + 1 < passages.Count && SpanAt(last + 1).Overlaps(span)) last++;
        return cuts is null ? (passages[first].Index, passages[last].Index) : (first, last);
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
