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

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(field, KeywordAnalysis.Fold(Bounded(termStr)));

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(field, KeywordAnalysis.Fold(Bounded(termStr)));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, KeywordAnalysis.Fold(Bounded(termStr)), minSimilarity);

    /// <summary>Lucene reads the expression in the query's constructor and refuses a broken one with an
    /// ArgumentException, not a parse error (found by fuzzing: <c>/[q-/</c>).</summary>
    protected override Query GetRegexpQuery(string field, string termStr)
    {
        try
        {
            return base.GetRegexpQuery(field, Bounded(termStr));
        }
        catch (ArgumentException e)
        {
            throw new CodebookException(ErrorCode.Usage, $"cannot read the regular expression /{termStr}/: {e.Message}", "query",
                "check the expression between the slashes, or escape a slash that is not one with \\/", e);
        }
    }

    private static string Bounded(string pattern) => pattern.Length <= MaxPatternLength ? pattern
        : throw new CodebookException(ErrorCode.Usage, $"the pattern '{pattern[..20]}…' is {pattern.Length:N0} characters long, more than {MaxPatternLength}",
            "query", "search for shorter words or patterns");
}
