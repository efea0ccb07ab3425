namespace Codebook.Formats.Transcripts;

/// <summary>Tells French from Spanish by counting words that are frequent in one language and rare in the other
/// (words common to both, such as "de", "la", "que", "en", are left out).</summary>
internal static class LanguageDetector
{
    private static readonly HashSet<string> French =
    [
        "les", "des", "du", "est", "et", "une", "qui", "pas", "ne", "je", "il", "ils", "elle", "nous", "vous", "on",
        "dans", "pour", "avec", "au", "aux", "mais", "ce", "cette", "ces", "sont", "très", "être", "était", "ça", "oui",
        "c", "j", "l", "d", "qu", "n", "s", "m", "ai", "avait", "leur", "sur", "tout", "fait", "bien", "alors", "aussi", "où",
    ];

    private static readonly HashSet<string> Spanish =
    [
        "el", "los", "las", "del", "es", "y", "una", "no", "por", "para", "con", "pero", "lo", "muy", "está", "yo", "sí",
        "más", "como", "eso", "esto", "hay", "también", "cuando", "porque", "pues", "bueno", "al", "su", "sus", "ella",
        "era", "fue", "ha", "hemos", "tiene", "entonces", "estaba", "ellos", "todo", "qué", "donde", "sin", "ya", "nosotros",
    ];

    /// <summary>The winner needs this many hits, and this many times the other's, to be clear.</summary>
    private const int MinimumHits = 3;
    private const int Margin = 2;

    public static string Detect(string text, List<string> warnings)
    {
        int french = 0, spanish = 0;
        foreach (var word in Words(text))
        {
            if (French.Contains(word)) french++;
            else if (Spanish.Contains(word)) spanish++;
        }
        string language = spanish > french ? "es" : "fr";
        var (won, lost) = spanish > french ? (spanish, french) : (french, spanish);
        if (won < MinimumHits || won < Margin * lost)
            warnings.Add($"could not tell French from Spanish clearly; took '{language}' — set 'language:' in the front matter to be sure");
        return language;
    }

    private static IEnumerable<string> Words(string text)
    {
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }
}
