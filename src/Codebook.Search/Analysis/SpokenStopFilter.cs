using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>Leaves stop words out of a stemmed field, leaving their gap in the positions, but keeps the bare word
/// of an elided form (<c>il</c> in <c>qu'il</c>), which <see cref="ElisionJoinFilter"/> needs to rebuild the form.</summary>
internal sealed class SpokenStopFilter : FilteringTokenFilter
{
    private readonly CharArraySet stopWords;
    private readonly ICharTermAttribute term;
    private readonly ITypeAttribute type;

    public SpokenStopFilter(TokenStream input, CharArraySet stopWords) : base(Analyzers.Version, input)
    {
        this.stopWords = stopWords;
        term = AddAttribute<ICharTermAttribute>();
        type = AddAttribute<ITypeAttribute>();
    }

    protected override bool Accept() =>
        type.Type.StartsWith(ElidedForms.TypePrefix, StringComparison.Ordinal) || !stopWords.Contains(term.Buffer, 0, term.Length);
}
