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
            var (column, reason) = Describe(e);
            throw new CodebookException(ErrorCode.Usage, $"cannot read the query: {reason}", $"query, column {column}", Hint, e);
        }
    }

    /// <summary>The parser wraps the real error (a parse error with its token, or a lexical error) in its own.</summary>
    private static (int Column, string Reason) Describe(ParseException outer)
    {
        var inner = outer.InnerException ?? outer;
        if (inner is ParseException { CurrentToken.Next: { } next })
        {
            var what = next.Kind == 0 ? "the query ends too early" : $"'{next.Image}' is not expected here";
            return (next.BeginColumn, what);
        }
        var column = ColumnPattern().Match(inner.Message);
        return (column.Success ? int.Parse(column.Groups[1].Value) : 1, "a quote is not closed or a character is not escaped");
    }

    [GeneratedRegex(@"column (\d+)")]
    private static partial Regex ColumnPattern();
}
