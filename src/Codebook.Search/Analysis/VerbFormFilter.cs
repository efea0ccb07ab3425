using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Analysis;

/// <summary>Replaces a conjugated form by its infinitive before stemming, so the stemmer joins it with the other
/// forms (<c>travaillent → travailler → travaill</c>); a form standing for several words gives each, at the same
/// position (<c>fue → ser, ir</c>). Expects lower case, before accents are folded.</summary>
internal sealed class VerbFormFilter : TokenFilter
{
    private readonly VerbForms verbs;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private string[]? pending;
    private int next;
    private State? state;

    public VerbFormFilter(TokenStream input, VerbForms verbs) : base(input)
    {
        this.verbs = verbs;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null && next < pending.Length)
        {
            RestoreState(state);
            term.SetEmpty().Append(pending[next++]);
            increment.PositionIncrement = 0;
            return true;
        }
        pending = null;
        if (!m_input.IncrementToken()) return false;
        var lemmas = verbs.Of(term.Buffer.AsSpan(0, term.Length));
        if (lemmas is null) return true;
        term.SetEmpty().Append(lemmas[0]);
        if (lemmas.Length > 1)
        {
            (pending, next, state) = (lemmas, 1, CaptureState());
        }
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        (pending, next, state) = (null, 0, null);
    }
}
