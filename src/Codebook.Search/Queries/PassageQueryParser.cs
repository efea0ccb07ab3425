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

    protected override Query GetWildcardQuery(string field, string termStr) =>
        base.GetWildcardQuery(field, KeywordAnalysis.Fold(termStr));

    protected override Query GetPrefixQuery(string field, string termStr) =>
        base.GetPrefixQuery(field, KeywordAnalysis.Fold(termStr));

    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        base.GetFuzzyQuery(field, KeywordAnalysis.Fold(termStr), minSimilarity);
}
