using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Indexing;

/// <summary>The terms of a passage's <see cref="Fields.Keywords"/> field, prepared beforehand (already folded), as
/// the one token stream the writer inverts for them.</summary>
internal sealed class KeywordTokens : TokenStream
{
    private readonly IReadOnlyList<string> terms;
    private readonly ICharTermAttribute term;
    private int next;

    public KeywordTokens(IReadOnlyList<string> terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next == terms.Count) return false;
        ClearAttributes();
        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }
}
