using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Indexing;

/// <summary>The terms of one keyword value, already analysed, replayed to the index writer each time a passage
/// carries the value: one small token stream per distinct value, where a field value of its own would build a new
/// attribute source per passage. The writer reads fields one after the other, so passages can share it.</summary>
internal sealed class FoldedKeyword : TokenStream
{
    private readonly string[] terms;
    private readonly ICharTermAttribute term;
    private int next;

    public FoldedKeyword(string[] terms)
    {
        this.terms = terms;
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (next == terms.Length) return false;
        ClearAttributes();
        term.SetEmpty().Append(terms[next++]);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        next = 0;
    }

    /// <summary>Kept for the next passage: the writer disposes a field's stream once it has read it.</summary>
    protected override void Dispose(bool disposing)
    {
    }
}
