using Codebook.Core.Ids;
using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>Makes the codings of one change: one coder, one moment, ids unique in the project.</summary>
internal sealed class NewCodings(IEnumerable<Coding> existing, Coder coder, DateTime now)
{
    private readonly HashSet<string> taken = existing.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    public Coding For(string transcriptId, string themeId, TextSpan span, string? memo = null) => new()
    {
        Id = ShortId.New('c', id => !taken.Add(id)),
        TranscriptId = transcriptId,
        ThemeId = themeId,
        Coder = coder.Name,
        Start = span.Start,
        End = span.End,
        Memo = string.IsNullOrWhiteSpace(memo) ? null : memo,
        CreatedAt = now,
    };
}
