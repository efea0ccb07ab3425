using System.Text.RegularExpressions;
using Codebook.Core.Errors;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace Codebook.Search.Queries;

/// <summary>Turns a user's query into a Lucene query, or a <see cref="CodebookException"/> saying where and why.</summary>
public static partial class QueryCompiler
{
    private const string Hint =
        "check quotes, parentheses and AND/OR/NOT; put a field before a colon (theme:resistance); escape special characters with \\";

    public static Query Compile(string query, Analyzer analyzer)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            throw new CodebookException(ErrorCode.Usage, "the query is empty", "query", "give words to search for, e.g. ecole or theme:resistance");
        }
        try
        {
            return new PassageQueryParser(analyzer).Parse(query);
        }
        catch (ParseException e)
        {
            var (column, reason) = Describe(query, e);
            throw new CodebookException(ErrorCode.Usage, $"cannot read the query: {reason}", $"query, column {column}", Hint, e);
        }
    }

    /// <summary>The parser wraps the real error (a parse error with its token, or a lexical error) in its own.
    /// Columns are one-based, as a user counts.</summary>
    private static (int Column, string Reason) Describe(string query, ParseException outer)
    {
        var inner = outer.InnerException ?? outer;
        if (inner is ParseException { CurrentToken.Next: { } next })
        {
            // Lucene.Net's token columns count from zero.
            var what = next.Kind == 0 ? "the query ends too early" : $"'{next.Image}' is not expected here";
            return (next.BeginColumn + 1, what);
        }
        var quote = UnclosedQuote(query);
        if (quote >= 0) return (quote + 1, "this quote is not closed");
        // Otherwise the lexer stopped at the end of the query, after a lone backslash.
        var column = ColumnPattern().Match(inner.Message);
        return (column.Success ? Math.Min(int.Parse(column.Groups[1].Value), query.Length) : 1, "this character cannot be read here");
    }

    /// <summary>Where the quote left open starts, or -1.</summary>
    private static int UnclosedQuote(string query)
    {
        int open = -1;
        for (int i = 0; i < query.Length; i++)
        {
            if (query[i] == '\\') i++;
            else if (query[i] == '"') open = open < 0 ? i : -1;
        }
        return open;
    }

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex ColumnPattern();
}
