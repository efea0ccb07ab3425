using Codebook.Core.Model;

namespace Codebook.Tui.Reader;

/// <summary>Where the cursor goes for a move by word, sentence or turn: pure functions of the text and an offset.</summary>
public static class TextMotions
{
    public static int NextWord(string text, int offset)
    {
        int i = offset;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    public static int PreviousWord(string text, int offset)
    {
        int i = offset;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
        return i;
    }

    /// <summary>The start of the next sentence: after the next ". ", "? ", "! ", "… " or line end.</summary>
    public static int NextSentence(string text, int offset)
    {
        for (int i = offset; i < text.Length; i++)
        {
            if (EndsSentence(text, i)) return SkipSpace(text, i + 1);
        }
        return text.Length;
    }

    /// <summary>The start of the sentence holding the cursor, or of the one before when the cursor is already there.</summary>
    public static int PreviousSentence(string text, int offset)
    {
        int start = SentenceStart(text, offset);
        return start < offset ? start : SentenceStart(text, PreviousNonSpace(text, start));
    }

    /// <summary>The words of the next turn after the one at <paramref name="offset"/>, or the offset when there is none.</summary>
    public static int NextTurn(Transcript transcript, int offset) =>
        transcript.Turns.FirstOrDefault(t => t.Words.Start > offset)?.Words.Start ?? offset;

    /// <summary>The start of the words of the turn holding the cursor, or of the turn before when already there.</summary>
    public static int PreviousTurn(Transcript transcript, int offset) =>
        transcript.Turns.LastOrDefault(t => t.Words.Start < offset)?.Words.Start ?? 0;

    /// <summary>The turn whose label or words hold <paramref name="offset"/>.</summary>
    public static Turn? TurnAt(Transcript transcript, int offset) =>
        transcript.Turns.LastOrDefault(t => Math.Min(t.Label.Start == t.Label.End ? t.Words.Start : t.Label.Start, t.Words.Start) <= offset);

    private static int SentenceStart(string text, int offset)
    {
        for (int i = Math.Min(offset, text.Length) - 1; i >= 0; i--)
        {
            if (EndsSentence(text, i) && SkipSpace(text, i + 1) <= offset) return SkipSpace(text, i + 1);
        }
        return SkipSpace(text, 0);
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] == '\n' || (text[i] is '.' or '?' or '!' or '…' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])));

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static int PreviousNonSpace(string text, int i)
    {
        i--;
        while (i > 0 && char.IsWhiteSpace(text[i])) i--;
        return Math.Max(0, i);
    }
}
