namespace Codebook.Formats.Transcripts;

/// <summary>What a speaker label can look like, so that sentences such as "Résultat : rien." are not taken for one.</summary>
internal static class SpeakerNames
{
    private const int MaxLength = 40;
    private const int MaxWords = 4;

    private static readonly HashSet<string> Particles =
        ["de", "del", "la", "le", "las", "los", "du", "des", "da", "di", "do", "dos", "van", "von", "der", "den", "ten", "y", "e", "i"];

    /// <summary>Bracketed notes transcribers write in the text, never speakers.</summary>
    private static readonly HashSet<string> Annotations =
    [
        "RIRES", "RIRE", "RIT", "INAUDIBLE", "INCOMPREHENSIBLE", "SILENCE", "PAUSE", "HESITATION", "TOUX", "BRUIT", "COUPURE",
        "INTERRUPTION", "PLEURS", "SOUPIR", "RISAS", "RISA", "SILENCIO", "PAUSA", "RUIDO", "TOS", "LLANTO", "SUSPIRO",
        "INCOMPRENSIBLE", "HESITACION", "INTERRUPCION", "CORTE", "...", "…", "SIC", "?", "XXX", "LAUGHTER", "CROSSTALK", "MUSIC",
    ];

    /// <summary>Common interviewer labels in French and Spanish transcripts (folded: no accents, upper case).</summary>
    private static readonly HashSet<string> InterviewerLabels =
        ["ENQ", "INT", "E", "I", "Q", "P", "ENT", "ENQUETEUR/TRICE", "ENQUETEUR/RICE", "ENTREVISTADOR/A", "INVESTIGADOR/A"];

    /// <summary>Word beginnings that name the interviewer and not the interviewee (ENQUETE, ENTREVISTADO are interviewees).</summary>
    private static readonly string[] InterviewerStems =
        ["ENQUETEU", "ENQUETRI", "INTERVIEWER", "INTERVIEWEU", "ENTREVISTADOR", "CHERCHEU", "INVESTIGADOR"];

    public static bool IsInterviewerLabel(string label)
    {
        string key = TextFolding.LabelKey(label);
        return InterviewerLabels.Contains(key) || key.Split(' ').Any(word => InterviewerStems.Any(word.StartsWith));
    }

    public static bool IsAnnotation(string text) =>
        Annotations.Contains(TextFolding.LabelKey(text)) || Timestamps.TryParse(text, out _);

    /// <summary>1–4 capitalised (or ALL CAPS) words with optional particles, no sentence punctuation.</summary>
    public static bool IsNameLike(string name)
    {
        name = name.Trim();
        if (name.Length is 0 or > MaxLength) return false;
        string[] words = name.Split((char[])[' ', '\t', '\u00A0', '\u202F'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxWords) return false;
        bool named = false;
        foreach (string word in words)
        {
            if (Particles.Contains(word)) continue;
            if (!IsNameWord(word)) return false;
            named = true;
        }
        return named;
    }

    /// <summary>"Nadia", "GARCÍA", "Jean-Marc", "E2", "2", "Mme." — a capital or digit first, no sentence marks inside.</summary>
    private static bool IsNameWord(string word)
    {
        if (!char.IsUpper(word[0]) && !char.IsDigit(word[0])) return false;
        for (int i = 1; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsLetterOrDigit(c) || c is '-' or '\'' or '’' or '/') continue;
            if (c == '.' && i == word.Length - 1 && word.Length <= 4) continue;
            return false;
        }
        return true;
    }
}
