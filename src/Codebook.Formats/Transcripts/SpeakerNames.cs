using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>What a speaker label can look like, so that sentences such as "Résultat : rien." are not taken for one.</summary>
internal static class SpeakerNames
{
    private const int MaxLength = 40;
    private const int MaxWords = 4;

    private static readonly HashSet<string> Particles =
        ["de", "del", "la", "le", "las", "los", "du", "des", "da", "di", "do", "dos", "van", "von", "der", "den", "ten", "y", "e", "i"];

    /// <summary>Common interviewer labels in French and Spanish transcripts (folded: no accents, upper case, no final
    /// dot). The one-letter labels E, I, Q and P depend on the file's other labels: see <see cref="LetterInterviewers"/>.</summary>
    private static readonly HashSet<string> InterviewerLabels =
        ["ENQ", "INT", "ENT", "ENQUETEUR/TRICE", "ENQUETEUR/RICE", "ENTREVISTADOR/A", "INVESTIGADOR/A", "MOD"];

    /// <summary>Word beginnings that name the interviewer and not the interviewee (ENQUETE, ENTREVISTADO are interviewees).</summary>
    private static readonly string[] InterviewerStems =
        ["ENQUETEU", "ENQUETRI", "INTERVIEWER", "INTERVIEWEU", "ENTREVISTADOR", "CHERCHEU", "INVESTIGADOR", "MODERAT", "MODERADOR"];

    /// <summary>Markers a transcriber writes after a name for the interviewer: "Sonia Branca enq:", "Luis INT:".</summary>
    private static readonly HashSet<string> TrailingMarkers = ["ENQ", "INT", "ENT"];

    /// <summary>First words of a label that makes a line a note, not a turn: "[Notas de observación]", "Note :".</summary>
    private static readonly HashSet<string> NoteWords =
    [
        "NOTA", "NOTAS", "NOTE", "NOTES", "NB", "N.B.", "OBSERVACION", "OBSERVACIONES", "OBSERVATION", "OBSERVATIONS", "COMENTARIO",
        "COMENTARIOS", "COMMENTAIRE", "COMMENTAIRES", "REMARQUE", "REMARQUES", "CONTEXTE", "CONTEXTO", "DESCRIPCION", "DESCRIPTION",
    ];

    /// <summary>A label that says "interviewer" whatever the file's other labels: ENQ, Int., Entrevistadora, Modérateur...</summary>
    public static bool IsInterviewerLabel(string label)
    {
        string key = Folding.LabelKey(label).TrimEnd('.');
        return InterviewerLabels.Contains(key) || key.Split(' ').Any(word => InterviewerStems.Any(word.StartsWith));
    }

    /// <summary>The one-letter labels (folded) that are the interviewer, given all the speakers' label keys: with P: or R:
    /// beside them, E (entrevistador, enquêteur), I (interviewer) and Q (question) are the interviewer, and P (pregunta)
    /// is when only P: and R: (respuesta) are there; without P: or R:, E and Q are, and I unless E is there too (E:
    /// entrevistador, I: informante).</summary>
    public static HashSet<string> LetterInterviewers(IReadOnlyCollection<string> keys)
    {
        bool answers = keys.Contains("P") || keys.Contains("R");
        string[] markers = answers || !keys.Contains("E") ? ["E", "I", "Q"] : ["E", "Q"];
        var found = markers.Where(keys.Contains).ToHashSet(StringComparer.Ordinal);
        if (found.Count == 0 && keys.Contains("P") && keys.Contains("R")) found.Add("P");
        return found;
    }

    /// <summary>Splits an interviewer marker off the end of a name ("Sonia Branca enq", "Luis INT.") and says whether
    /// there was one; a name that is only a marker ("ENQ") stays as it is.</summary>
    public static (string Name, bool Interviewer) SplitMarker(string name)
    {
        int space = name.LastIndexOfAny([' ', '\t', '\u00A0', '\u202F']);
        if (space <= 0) return (name, false);
        string last = Folding.LabelKey(name[(space + 1)..]).TrimEnd('.');
        return TrailingMarkers.Contains(last) ? (name[..space].TrimEnd(), true) : (name, false);
    }

    /// <summary>"Notas de observación", "Note", "NB": a label that opens a note.</summary>
    public static bool IsNoteLabel(string label) =>
        Folding.LabelKey(label).Split(' ') is [var first, ..] && (NoteWords.Contains(first) || NoteWords.Contains(first.TrimEnd('.', ':')));

    public static bool IsAnnotation(string text) =>
        TranscriptionMarks.IsAnnotation(Folding.LabelKey(text)) || Timestamps.TryParse(text, out _);

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
            if (Words.IsWordPart(c) || Words.IsJoiner(c) || c == '/') continue;
            if (c == '.' && i == word.Length - 1 && word.Length <= 4) continue;
            return false;
        }
        return true;
    }
}
