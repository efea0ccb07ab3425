using System.Text.RegularExpressions;

namespace Codebook.Search.Tests.Gold;

/// <summary>One line of the gold set: a query, the phenomenon it tests, and the passages it must and must not find,
/// each given as a pattern over the passage's text folded as a reader folds it (lower case, no accents, <c>’</c> as
/// <c>'</c>), so the expected passages are found by a plain concordancer, not by the search under test.</summary>
/// <param name="Scope">Which passages must be found besides matching the pattern: <c>lang:fr</c>, <c>role:participant</c>,
/// <c>transcript:ID</c> (a passage found outside is wrong); <c>judged:fr</c> to judge the query on the passages of
/// one language only (what it finds in the other is neither right nor wrong: a cognate, <c>número</c> and
/// <c>numéro</c>, or a word of one language quoted in the other);
/// and <c>accents</c> to match the patterns on the text with its accents (lower case, <c>’</c> as <c>'</c>), where
/// an accent tells two words apart (<c>à</c> and <c>a</c>, <c>está</c> and <c>esta</c>).</param>
internal sealed record GoldQuery(int Line, string Group, string Query, Regex Must, Regex? MustNot, string Scope)
{
    /// <summary>Whether a passage must be found.</summary>
    public bool Expects(GoldPassage passage) => InScope(passage) && Must.IsMatch(TextOf(passage));

    /// <summary>Whether a passage is a near miss the query must leave out (it matches the must-not pattern and not
    /// the must pattern).</summary>
    public bool Refuses(GoldPassage passage) => MustNot is not null && MustNot.IsMatch(TextOf(passage)) && !Expects(passage);

    /// <summary>Whether what the query finds in this passage counts at all.</summary>
    public bool Judges(GoldPassage passage) =>
        Scopes.Where(s => s.StartsWith("judged:", StringComparison.Ordinal)).All(s => passage.Language == s["judged:".Length..]);

    private string[] Scopes => Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private string TextOf(GoldPassage passage) => Scopes.Contains("accents") ? passage.Lower : passage.Folded;

    private bool InScope(GoldPassage passage) => Judges(passage) && Scopes.Where(s => s != "accents" && !s.StartsWith("judged:", StringComparison.Ordinal)).All(scope =>
    {
        int colon = scope.IndexOf(':');
        var (field, value) = colon > 0 ? (scope[..colon], scope[(colon + 1)..]) : (scope, string.Empty);
        return field switch
        {
            "lang" => passage.Language == value,
            "role" => passage.Role == value,
            "transcript" => passage.TranscriptId == value,
            _ => throw new InvalidDataException($"gold set, line {Line}: unknown scope '{scope}' (lang:, role:, transcript: or accents)"),
        };
    });
}
