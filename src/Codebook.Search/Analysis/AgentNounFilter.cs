using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Codebook.Search.Analysis;

/// <summary>Spanish agent nouns in <c>-dor</c> (<c>trabajador, trabajadora, trabajadores</c>)
/// keep their own stem: Snowball cuts them to the verb's (<c>trabaj</c>), so <c>trabajadores</c> found every
/// <c>trabajo</c> and <c>trabajar</c>. Gender and number are dropped and the word is marked a keyword, which the
/// stemmer leaves alone. Expects lower case.</summary>
internal sealed class AgentNounFilter : TokenFilter
{
    private static readonly string[] Endings = ["doras", "dores", "dora", "dor"];

    private readonly ICharTermAttribute term;
    private readonly IKeywordAttribute keyword;

    public AgentNounFilter(TokenStream input) : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var word = term.Buffer.AsSpan(0, term.Length);
        foreach (var ending in Endings)
        {
            // A stem of at least three letters before the ending: "dor" alone, "todo"-like short words stay.
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                term.Length = word.Length - ending.Length + 3;
                keyword.IsKeyword = true;
                break;
            }
        }
        return true;
    }
}
