using Codebook.Core.Errors;
using Codebook.Search.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Fields = Codebook.Search.Indexing.Fields;

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

    // A range on an attribute compares numbers or dates when its ends are (AttributeRange); otherwise words.
    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive) =>
        AttributeRange.Of(Queried(field)!, part1, part2, startInclusive, endInclusive)
        ?? base.GetRangeQuery(Queried(field), part1, part2, startInclusive, endInclusive);

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

    // Every keyword field is indexed within one field (Fields.Keywords): the terms the base class builds on it, after
    // its analysis, lower-casing or folding, become the same terms on that field.
    protected override Query NewTermQuery(Term term) =>
        KeywordField.Of(term.Field) is { } keyword ? base.NewTermQuery(keyword.Term(term.Text)) : base.NewTermQuery(term);

    protected override Query NewRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        var range = base.NewRangeQuery(field, part1, part2, startInclusive, endInclusive);
        return KeywordField.Of(field) is { } keyword ? keyword.Range((TermRangeQuery)range) : range;
    }

    protected override Query NewWildcardQuery(Term term) =>
        KeywordField.Of(term.Field) is { } keyword ? base.NewWildcardQuery(keyword.Wildcard(term.Text)) : base.NewWildcardQuery(term);

    protected override Query NewPrefixQuery(Term term) =>
        KeywordField.Of(term.Field) is { } keyword ? base.NewPrefixQuery(keyword.Term(term.Text)) : base.NewPrefixQuery(term);

    /// <summary>The expression is read on its own first, so a broken one is reported as the user wrote it.</summary>
    protected override Query NewRegexpQuery(Term term)
    {
        var query = base.NewRegexpQuery(term);
        return KeywordField.Of(term.Field) is { } keyword ? base.NewRegexpQuery(keyword.Regexp(term.Text)) : query;
    }

    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength)
    {
        if (KeywordField.Of(term.Field) is not { } keyword) return base.NewFuzzyQuery(term, minimumSimilarity, prefixLength);
        // Edits counted as the base class counts them (with the method it calls), on the value.
        int length = term.Text.EnumerateRunes().Count();
#pragma warning disable CS0618
        int edits = FuzzyQuery.SingleToEdits(minimumSimilarity, length);
#pragma warning restore CS0618
        return new KeywordFuzzyQuery(keyword.Term(term.Text), edits, prefixLength, keyword.PrefixLength, length);
    }

    private static string? Queried(string? field) => field is null ? null : Fields.Queried(field);

    private static string Bounded(string pattern) => pattern.Length <= MaxPatternLength ? pattern
        : throw new CodebookException(ErrorCode.Usage, $"the pattern '{pattern[..20]}…' is {pattern.Length:N0} characters long, more than {MaxPatternLength}",
            "query", "search for shorter words or patterns");
}
