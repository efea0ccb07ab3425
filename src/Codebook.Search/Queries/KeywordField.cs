using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Fields = Codebook.Search.Indexing.Fields;

namespace Codebook.Search.Queries;

/// <summary>A keyword field as the index holds it: the terms of <see cref="Fields.Keywords"/> that start with its
/// prefix. Turns the parser's terms on the field (already folded, lower-cased or read as written, as before) into
/// terms, patterns and bounds on that field, so every kind of query finds what it found on a field of its own.</summary>
internal sealed class KeywordField
{
    private readonly string prefix;

    private KeywordField(string field) => prefix = Fields.KeywordPrefix(field);

    /// <summary>The keyword field <paramref name="field"/>, or null for a text field.</summary>
    public static KeywordField? Of(string field) => Fields.IsKeyword(field) ? new KeywordField(field) : null;

    /// <summary>The prefix's length in code points, as fuzzy matching counts.</summary>
    public int PrefixLength => prefix.EnumerateRunes().Count();

    public Term Term(string value) => new Term(Fields.Keywords, prefix + value);

    /// <summary>A range of values; an open end stays within the field (up to the first name after it).</summary>
    public TermRangeQuery Range(TermRangeQuery range) => new(Fields.Keywords,
        range.LowerTerm is { } lower ? Prefixed(lower) : Prefixed(new BytesRef()),
        range.UpperTerm is { } upper ? Prefixed(upper) : new BytesRef(prefix[..^1] + (char)(Fields.KeywordSeparator + 1)),
        range.LowerTerm is null || range.IncludesLower,
        range.UpperTerm is not null && range.IncludesUpper)
    {
        Boost = range.Boost,
        MultiTermRewriteMethod = range.MultiTermRewriteMethod,
    };

    /// <summary>A wildcard pattern after the prefix, taken literally (escaped).</summary>
    public Term Wildcard(string pattern) => new Term(Fields.Keywords, Escaped(c => c is '*' or '?' or '\\') + pattern);

    /// <summary>A regular expression after the prefix, taken literally, the expression grouped so that an
    /// alternative or an operator applies to the value alone.</summary>
    public Term Regexp(string expression) => new Term(Fields.Keywords, Escaped(_ => true) + "(" + expression + ")");

    private BytesRef Prefixed(BytesRef value)
    {
        var prefixed = new BytesRef(prefix);
        prefixed.Append(value);
        return prefixed;
    }

    private string Escaped(Func<char, bool> special)
    {
        var escaped = new StringBuilder(prefix.Length * 2);
        foreach (var c in prefix)
        {
            if (special(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
