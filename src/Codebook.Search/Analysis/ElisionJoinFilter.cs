using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>Puts back the article <see cref="ElisionSplitFilter"/> cut off, before the word as the filters between
/// them left it (<c>qu'ils</c> → <c>qu'il</c> once stemmed). When indexing, the bare word follows at the same
/// position, so a query for <c>école</c> finds <c>l'école</c>; a query keeps the whole form alone, so
/// <c>qu'il</c> does not find every <c>il</c>.</summary>
internal sealed class ElisionJoinFilter : TokenFilter
{
    private readonly AnalysisMode mode;
    private readonly CharArraySet? stopWords;
    private readonly ICharTermAttribute term;
    private readonly ITypeAttribute type;
    private readonly IPositionIncrementAttribute increment;
    private State? bare;

    public ElisionJoinFilter(TokenStream input, AnalysisMode mode, CharArraySet? stopWords = null) : base(input)
    {
        this.mode = mode;
        this.stopWords = stopWords;
        term = AddAttribute<ICharTermAttribute>();
        type = AddAttribute<ITypeAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (bare is not null)
        {
            RestoreState(bare);
            bare = null;
            type.Type = TypeAttribute.DEFAULT_TYPE;
            increment.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        if (!type.Type.StartsWith(ElidedForms.TypePrefix, StringComparison.Ordinal)) return true;
        if (mode == AnalysisMode.Index && stopWords?.Contains(term.Buffer, 0, term.Length) != true) bare = CaptureState();
        var article = type.Type.AsSpan(ElidedForms.TypePrefix.Length);
        var word = term.ToString();
        term.SetEmpty().Append(article.ToString()).Append(word);
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        bare = null;
    }
}
