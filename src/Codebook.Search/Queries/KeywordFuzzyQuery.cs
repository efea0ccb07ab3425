using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Codebook.Search.Queries;

/// <summary>A fuzzy term on a keyword field: Lucene's fuzzy query on the prefixed term, the prefix kept whole (so an
/// edit never reaches into the field's name), with each candidate's weight reckoned on the value alone. Lucene weighs a
/// candidate by its edits over the shorter length, and drops one whose weight is not above zero: over the prefixed
/// lengths, a short value would weigh more than before, and <c>coder:al~</c> would find <c>jo</c>.</summary>
internal sealed class KeywordFuzzyQuery : FuzzyQuery
{
    private readonly int fieldPrefix;
    private readonly int valueLength;

    /// <param name="term">The prefixed term.</param>
    /// <param name="fieldPrefix">The field prefix's length in code points.</param>
    /// <param name="valueLength">The value's length in code points.</param>
    public KeywordFuzzyQuery(Term term, int maxEdits, int prefixLength, int fieldPrefix, int valueLength)
        : base(term, maxEdits, fieldPrefix + prefixLength)
    {
        this.fieldPrefix = fieldPrefix;
        this.valueLength = valueLength;
    }

    protected override TermsEnum GetTermsEnum(Terms terms, AttributeSource atts) =>
        new ValueWeights(base.GetTermsEnum(terms, atts), fieldPrefix, valueLength);

    /// <summary>Lucene's weight of a candidate, <c>1 - edits / min(candidate, query)</c> in code points, taken back to
    /// its edits and reckoned again without the prefix; the candidates that then weigh nothing are dropped.</summary>
    private sealed class ValueWeights : FilteredTermsEnum
    {
        private readonly IBoostAttribute boost;
        private readonly int fieldPrefix;
        private readonly int valueLength;

        public ValueWeights(TermsEnum fuzzy, int fieldPrefix, int valueLength) : base(fuzzy, false)
        {
            boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
            this.fieldPrefix = fieldPrefix;
            this.valueLength = valueLength;
        }

        protected override AcceptStatus Accept(BytesRef term)
        {
            // An exact match weighs 1, with or without the prefix.
            if (boost.Boost >= 1f) return AcceptStatus.YES;
            int candidate = UnicodeUtil.CodePointCount(term) - fieldPrefix;
            int shorter = Math.Min(candidate, valueLength);
            int edits = (int)MathF.Round((1f - boost.Boost) * (shorter + fieldPrefix));
            float similarity = 1.0f - ((float)edits / shorter);
            if (!(similarity > 0f)) return AcceptStatus.NO;
            boost.Boost = similarity;
            return AcceptStatus.YES;
        }
    }
}
