using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Analysis;

/// <summary>Normalises apostrophes and cuts an elided article off its word, keeping the article in the token's
/// type, so the filters after it (verb forms, stop words, stemming) see the bare word and
/// <see cref="ElisionJoinFilter"/> puts the article back. Expects lower case.</summary>
internal sealed class ElisionSplitFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly ITypeAttribute type;

    public ElisionSplitFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        ElidedForms.NormaliseApostrophes(term.Buffer, term.Length);
        int article = ElidedForms.ArticleLength(term.Buffer, term.Length);
        if (article > 0)
        {
            type.Type = ElidedForms.TypePrefix + new string(term.Buffer, 0, article);
            term.CopyBuffer(term.Buffer, article, term.Length - article);
        }
        return true;
    }
}
