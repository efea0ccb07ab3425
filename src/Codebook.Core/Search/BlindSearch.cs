using System.Text.RegularExpressions;
using Codebook.Core.Errors;
using Codebook.Core.Ports;

namespace Codebook.Core.Search;

/// <summary>The search index as one coder sees it in blind mode. The index holds every coder's codings in its
/// <c>theme</c> and <c>coder</c> fields, so a query naming either would show where the others coded: such a query
/// is refused. Words, speakers, roles, cases and attributes search as usual; hits name no coding.</summary>
public sealed partial class BlindSearch(ISearchIndex index) : ISearchIndex
{
    public IndexCondition Opened => index.Opened;

    public long? Reflects => index.Reflects;

    public int Passages => index.Passages;

    public SearchResults Search(string query, int limit)
    {
        Check(query);
        return index.Search(query, limit);
    }

    /// <summary>Refuses a query that names <c>theme:</c> or <c>coder:</c>, anywhere (even inside quotes: refusing
    /// too much is safe, reading the query as Lucene does is the index's work).</summary>
    public static void Check(string query)
    {
        if (!CodingField().IsMatch(query)) return;
        throw new CodebookException(ErrorCode.Usage,
            "a query in blind mode cannot use the fields theme: or coder: (the search index holds every coder's codings, so they would show where the others coded)",
            "blind coding",
            new ErrorHint(HintKind.BlindQuery));
    }

    public void Rebuild(IEnumerable<IndexedTranscript> transcripts, long sequence) => index.Rebuild(transcripts, sequence);

    public void Stage(IReadOnlyCollection<IndexedTranscript> changed, IReadOnlyCollection<string> removed) => index.Stage(changed, removed);

    public void Publish(long sequence) => index.Publish(sequence);

    /// <summary>Nothing to release: the index belongs to whoever keeps it.</summary>
    public void Dispose()
    {
    }

    /// <summary><c>theme:</c> or <c>coder:</c> as a field: not escaped (<c>theme\:</c> is a word), not the tail of
    /// a case attribute (<c>attr.theme:</c>).</summary>
    [GeneratedRegex(@"(?<![\w.\\])(theme|coder)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodingField();
}
