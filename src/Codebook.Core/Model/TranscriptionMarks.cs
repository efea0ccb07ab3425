namespace Codebook.Core.Model;

/// <summary>What transcribers write into speech that nobody said: notes in brackets (<c>[rires]</c>, <c>[?]</c>,
/// <c>[inaudible]</c>), known annotations in parentheses (<c>(rires)</c>, <c>(silencio)</c>) and the <c>xxx</c> of an
/// inaudible stretch. Shared by the transcript reader (which never takes them for speakers) and the word count.</summary>
public static class TranscriptionMarks
{
    /// <summary>Annotations in French, Spanish and English transcripts, folded (upper case, no accents).</summary>
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "RIRES", "RIRE", "RIT", "INAUDIBLE", "INCOMPREHENSIBLE", "SILENCE", "PAUSE", "HESITATION", "TOUX", "BRUIT", "COUPURE",
        "INTERRUPTION", "PLEURS", "SOUPIR", "RISAS", "RISA", "SILENCIO", "PAUSA", "RUIDO", "TOS", "LLANTO", "SUSPIRO",
        "INCOMPRENSIBLE", "HESITACION", "INTERRUPCION", "CORTE", "...", "…", "SIC", "?", "XXX", "LAUGHTER", "CROSSTALK", "MUSIC",
    };

    /// <summary>Whether <paramref name="folded"/> (upper case, no accents, trimmed) is one of the known annotations.</summary>
    public static bool IsAnnotation(string folded) => Annotations.Contains(folded);

    /// <summary>An inaudible stretch written as x's: <c>xx</c>, <c>xxx</c>, <c>XXXX</c>.</summary>
    public static bool IsInaudible(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        foreach (char c in word)
            if (c is not ('x' or 'X')) return false;
        return true;
    }
}
