using Codebook.Core.Errors;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Codebook.Search.Queries;

/// <summary>Lucene's classic syntax over the three text fields. Wildcard, prefix and fuzzy terms skip analysis,
/// so they are folded here: <c>écol*</c> must match the folded "ecole". Not thread-safe: one per query.</summary>
internal sealed class PassageQueryParser : MultiFieldQueryParser
{
    public PassageQueryParser(Analyzer analyzer)
        : base(Analyzers.Version, Fields.DefaultText, analyzer)
    {
        // The index is one study's interviews: a leading wildcard (*isation) is affordable there.
        AllowLeadingWildcard = true;
    }

    /// <summary>The longest pattern a wildcard, prefix, fuzzy or regular-expression term may have: far beyond any
    /// word, short enough that the automaton Lucene builds from it cannot take minutes (a pattern of thousands of
    /// <c>*</c> did).</summary>
    public const int MaxPatternLength = 100;

    // Every kind of term passes its field through Fields.Queried, so a bare attribute name finds attr.NAME; a null
    // field is the three text fields, which the base class fills in.
    protected override Query GetFieldQuery(string field, string queryText, bool quoted) =>
        base.GetFieldQuery(Queried(field), queryText, quoted);

    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        base.GetFieldQuery(Queried(field), queryText, slop);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        base.GetRangeQuery(Queried(field), part1, part2, startInclusive, endInclusive);

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(Queried(field), KeywordAnalysis.Fold(Bounded(termStr)));

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(Queried(field), KeywordAnalysis.Fold(Bounded(termStr)));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(Queried(field), KeywordAnalysis.Fold(Bounded(termStr)), minSimilarity);

    /// <summary>Lucene reads the expression in the query's constructor and refuses a broken one with an
    /// ArgumentException, not a parse error (found by fuzzing: <c>/[q-/</c>).</summary>
    protected override Query GetRegexpQuery(string field, string termStr)
    {
        try
        {
            return base.GetRegexpQuery(Queried(field), Bounded(termStr));
        }
        catch (ArgumentException e)
        {
            throw new CodebookException(ErrorCode.Usage, $"cannot read the regular expression /{termStr}/: {e.Message}", "query",
                "check the expression between the slashes, or escape a slash that is not one with \\/", e);
        }
    }

    private static string? Queried(string? field) => field is null ? null : Fields.Queried(field);

    private static string Bounded(string pattern) => pattern.Length <= MaxPatternLength ? pattern
        : throw new CodebookException(ErrorCode.Usage, $"the pattern '{pattern[..20]}…' is {pattern.Length:N0} characters long, more than {MaxPatternLength}",
            "query", "search for shorter words or patterns");
}
