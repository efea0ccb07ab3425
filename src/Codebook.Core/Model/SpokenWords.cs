using Codebook.Core.Text;

namespace Codebook.Core.Model;

/// <summary>The words people said: the words of speech turns (not notes), without their labels and timestamps (which
/// lie outside a turn's words), without anything in square brackets (<c>[rires]</c>, <c>[?]</c>), known annotations in
/// parentheses (<c>(rires)</c>) or the <c>xxx</c> of an inaudible stretch. Markup and transcription symbols
/// (<c>**</c>, <c>#</c>, <c>+</c>, <c>///</c>, <c>(.)</c>) hold no letters, so <see cref="TextStatistics.CountWords"/>
/// never counted them.</summary>
public static class SpokenWords
{
    /// <summary>The spoken words of a whole transcript: what listings and speaker tables show.</summary>
    public static int Of(Transcript transcript) => transcript.Turns.Sum(turn => Of(transcript.Text, turn));

    /// <summary>The spoken words of one turn; none for a note.</summary>
    public static int Of(string text, Turn turn) =>
        turn.Role == SpeakerRole.Note ? 0 : In(text.AsSpan(turn.Words.Start, turn.Words.Length));

    /// <summary>The spoken words of a stretch of speech.</summary>
    public static int In(ReadOnlySpan<char> speech)
    {
        int words = 0, start = 0;
        while (start < speech.Length)
        {
            int open = speech[start..].IndexOfAny('[', '(');
            int end = open < 0 ? speech.Length : start + open;
            words += Counted(speech[start..end]);
            if (open < 0) break;
            int close = speech[end..].IndexOf(speech[end] == '[' ? ']' : ')');
            if (close < 0)
            {
                words += Counted(speech[(end + 1)..]);
                break;
            }
            var inside = speech[(end + 1)..(end + close)];
            if (speech[end] == '(' && !TranscriptionMarks.IsAnnotation(Folding.RemoveAccents(inside.Trim().ToString()).ToUpperInvariant())) words += Counted(inside);
            start = end + close + 1;
        }
        return words;
    }

    /// <summary>Words of text without brackets, less the x's of inaudible stretches.</summary>
    private static int Counted(ReadOnlySpan<char> text)
    {
        int words = TextStatistics.CountWords(text);
        if (!HasDoubleX(text)) return words;
        foreach (var range in text.SplitAny(" \t\n\u00A0\u202F.,;:!?¿¡…\"«»“”"))
            if (TranscriptionMarks.IsInaudible(text[range])) words--;
        return words;
    }

    /// <summary>Whether <paramref name="text"/> holds two x's in a row, in any case: an inaudible stretch is a word of
    /// x's only, so text without them needs no splitting into words, and most turns have none.</summary>
    private static bool HasDoubleX(ReadOnlySpan<char> text)
    {
        int at;
        while ((at = text.IndexOfAny('x', 'X')) >= 0 && at + 1 < text.Length)
        {
            if (text[at + 1] is 'x' or 'X') return true;
            text = text[(at + 1)..];
        }
        return false;
    }
}
