using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Util;

namespace Codebook.Search.Analysis;

/// <summary>French elided articles and pronouns (<c>l' d' qu' j' n' s' c' m' t' jusqu' lorsqu' puisqu' quoiqu'</c>),
/// written with <c>'</c> or <c>’</c>, which the tokenizer keeps inside the word (<c>qu’il</c> is one token).</summary>
internal static class ElidedForms
{
    public const char Apostrophe = '\'';

    /// <summary>Type given to a token whose article was cut off, followed by the article (<c>elided:qu'</c>).</summary>
    public const string TypePrefix = "elided:";

    private static readonly CharArraySet Articles = FrenchAnalyzer.DEFAULT_ARTICLES;

    /// <summary>Turns <c>’</c> (and the modifier letter apostrophe) into <c>'</c> in place, so both spellings are one term.</summary>
    public static void NormaliseApostrophes(char[] buffer, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (buffer[i] is '\u2019' or '\u02BC') buffer[i] = Apostrophe;
        }
    }

    /// <summary>Length of the article and its apostrophe at the start of a lower-case word, or 0 (also for a bare
    /// article, <c>l'</c>, with nothing after it).</summary>
    public static int ArticleLength(char[] buffer, int length)
    {
        int apostrophe = Array.IndexOf(buffer, Apostrophe, 0, length);
        return apostrophe > 0 && apostrophe < length - 1 && Articles.Contains(buffer, 0, apostrophe) ? apostrophe + 1 : 0;
    }
}
