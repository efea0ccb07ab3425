using System.Reflection;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>Conjugated forms the stemmer cannot join to their infinitive, each with its infinitive(s): irregular verbs
/// (<c>suis → être</c>, <c>vais → aller</c>, <c>fue → ser ir</c>, <c>hizo → hacer</c>) and regular forms the
/// Snowball rules leave apart (<c>travaillent → travailler</c>). A form that is also another word keeps itself
/// first (<c>fait → fait faire</c>). Read from the project's tables in <c>Dictionaries/</c>, drawn from the Hunspell
/// dictionaries of Grammalecte and LibreOffice (see their README).</summary>
internal sealed class VerbForms
{
    public static VerbForms French { get; } = Load("fr-verbs.tsv");

    public static VerbForms Spanish { get; } = Load("es-verbs.tsv");

    private readonly Dictionary<string, string[]> forms;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> byForm;
    private readonly HashSet<string> infinitives;

    private VerbForms(Dictionary<string, string[]> forms)
    {
        this.forms = forms;
        byForm = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        infinitives = new HashSet<string>(forms.Count, StringComparer.Ordinal);
        foreach (var lemmas in forms.Values)
        {
            foreach (var lemma in lemmas)
            {
                if (!forms.TryGetValue(lemma, out var own) || own.Length > 0) infinitives.Add(lemma);
            }
        }
    }

    /// <summary>Whether a lower-case word is a verb form of the table, or an infinitive it leads to.</summary>
    public bool Knows(string word) => forms.ContainsKey(word) || infinitives.Contains(word);

    /// <summary>The infinitives (and the word itself, when it is also another word) a form stands for, or null.</summary>
    public string[]? Of(ReadOnlySpan<char> form) => byForm.TryGetValue(form, out var lemmas) ? lemmas : null;

    /// <summary>A stop list without the infinitives, so a form of <c>être</c> or <c>ser</c> turned into its infinitive
    /// is kept: <c>être</c> finds <c>suis</c>, <c>ser</c> finds <c>fue</c>.</summary>
    public CharArraySet StopWordsWithout(IEnumerable<string> stopWords)
    {
        var kept = new CharArraySet(Analyzers.Version, 0, false);
        foreach (var word in stopWords)
        {
            if (!infinitives.Contains(word)) kept.Add(word);
        }
        return kept;
    }

    private static VerbForms Load(string name)
    {
        var assembly = typeof(VerbForms).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Codebook.Search.Dictionaries.{name}")
            ?? throw new InvalidOperationException($"the verb table {name} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        // Sized once for its lines: growing it line by line allocated several times its size.
        var forms = new Dictionary<string, string[]>(lines.Count, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            int tab = line.IndexOf('\t');
            if (tab > 0) forms[line[..tab]] = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        return new VerbForms(forms);
    }
}
