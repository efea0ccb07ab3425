namespace Codebook.Search.Hits;

/// <summary>What marks a word of one field: a word the query names or one matching a pattern, anywhere; a word of
/// a phrase, only within an occurrence of the phrase.</summary>
internal sealed class FieldTerms
{
    public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

    public List<Func<string, bool>> Patterns { get; } = [];

    public List<PhraseSpans> Phrases { get; } = [];

    public bool MarksAnywhere(string word) => Words.Contains(word) || Patterns.Any(p => p(word));
}
