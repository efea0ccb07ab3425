using System.Text.RegularExpressions;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Pseudonyms;

/// <summary>Names worth adding to the pseudonym table: capitalised words (or runs of them, "Lucie da Silva") in the
/// places names gather — speaker labels, front matter (cases' names and attributes, interviewers), titles and the
/// imported files' names — that the table does not replace yet. Words that label roles or interviews
/// ("ENQ", "Entretien", "Entrevistadora") are left out; the rest is for the researcher to judge.</summary>
public static partial class PseudonymSuggestions
{
    private static readonly HashSet<string> NotNames = new(
    [
        "enq", "int", "inv", "interviewer", "intervieweur", "intervieweuse", "interviewee", "participant", "participante", "enqueteur",
        "enquetrice", "enqueteur/trice", "entrevistador", "entrevistadora", "entrevistado", "entrevistada", "entretien", "entrevista",
        "interview", "transcription", "transcripcion", "transcript", "retranscription", "monsieur", "madame", "mademoiselle", "mme", "mlle",
        "sr", "sra", "srta", "don", "dona", "avec", "con", "and", "et", "y", "le", "la", "les", "el", "los", "las", "un", "une", "una",
        "de", "du", "des", "del", "notes", "note", "nota", "observation", "observacion", "fr", "es", "txt", "md", "docx", "vtt", "srt",
        "speaker", "locuteur", "locutor", "hablante", "moderateur", "moderatrice", "moderador", "moderadora", "question", "reponse",
        "pregunta", "respuesta", "groupe", "grupo", "focus", "audio", "video", "partie", "parte", "session", "sesion",
    ], StringComparer.Ordinal);

    public static IReadOnlyList<PseudonymSuggestion> Of(IProjectStore store)
    {
        var pseudonymiser = new Pseudonymiser(store.Pseudonyms());
        var found = new Dictionary<string, (string Name, SortedSet<string> Places)>(StringComparer.Ordinal);
        void Look(string? text, string place)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            foreach (Match match in CapitalisedRun().Matches(text))
            {
                var name = WithoutRoleWords(match.Value);
                var words = NamePattern.WordsOf(Pseudonymiser.KeyOf(name)).Where(IsName).ToList();
                if (words.Count == 0 || IsCovered(pseudonymiser, name)) continue;
                var key = string.Join(' ', words);
                if (!found.TryGetValue(key, out var entry)) found[key] = entry = (name, new SortedSet<string>(StringComparer.Ordinal));
                entry.Places.Add(place);
            }
        }

        foreach (var transcript in store.Transcripts())
        {
            Look(transcript.Title, $"title of {transcript.Id}");
            Look(Path.GetFileNameWithoutExtension(transcript.SourceFile), $"file name of {transcript.Id}");
            foreach (var interviewer in transcript.Interviewers) Look(interviewer, $"interviewer of {transcript.Id}");
            foreach (var speaker in transcript.Turns.Select(t => t.Speaker).Distinct()) Look(speaker, $"speaker label in {transcript.Id}");
        }
        foreach (var @case in store.Cases())
        {
            Look(@case.Name, $"case {@case.Id}");
            // A case's own pseudonym attribute is already the name to print.
            foreach (var (attribute, value) in @case.Attributes.Where(a => a.Key != "pseudonym")) Look(value, $"{attribute} of case {@case.Id}");
        }
        return found.Values.Select(f => new PseudonymSuggestion(f.Name, f.Places.ToList()))
            .OrderBy(s => Pseudonymiser.KeyOf(s.Name), StringComparer.Ordinal).ToList();
    }

    private static bool IsName(string foldedWord) => foldedWord.Length > 1 && !NotNames.Contains(foldedWord);

    /// <summary>"Entretien Didier Pujade" is the name "Didier Pujade".</summary>
    private static string WithoutRoleWords(string run)
    {
        var words = run.Split(' ').ToList();
        while (words.Count > 0 && !IsName(Pseudonymiser.KeyOf(words[0]))) words.RemoveAt(0);
        while (words.Count > 0 && !IsName(Pseudonymiser.KeyOf(words[^1]))) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    /// <summary>Covered when the table replaces every word of it that is a name, or it is a pseudonym already.</summary>
    private static bool IsCovered(Pseudonymiser pseudonymiser, string name)
    {
        var folded = Folding.UnitForUnit(name);
        if (pseudonymiser.Pseudonyms.Any(p => p.In(name, folded).Any(f => f.Span.Start == 0 && f.Span.End == name.Length))) return true;
        var left = new System.Text.StringBuilder();
        int at = 0;
        foreach (var (original, _) in pseudonymiser.Apply(name).Changes)
        {
            left.Append(name, at, original.Start - at).Append(' ');
            at = original.End;
        }
        left.Append(name, at, name.Length - at);
        return !NamePattern.WordsOf(Pseudonymiser.KeyOf(left.ToString())).Any(IsName);
    }

    /// <summary>Capitalised words (or words in capitals), with the particles of names between them ("da", "de la").</summary>
    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’]+(?:[ \-](?:(?:da|de|del|della|di|do|dos|du|la|le|van|von|der|y)\s)*\p{Lu}[\p{L}'’]+)*")]
    private static partial Regex CapitalisedRun();
}
