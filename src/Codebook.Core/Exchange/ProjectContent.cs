using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Exchange;

/// <summary>Everything a project holds that another analysis tool can take: what a REFI-QDA project file carries,
/// in our own model, in both directions.</summary>
public sealed record ProjectContent(
    string Name,
    DateTime CreatedAt,
    string CreatedBy,
    IReadOnlyList<Transcript> Transcripts,
    IReadOnlyList<Case> Cases,
    IReadOnlyList<Theme> Themes,
    IReadOnlyList<Coding> Codings,
    IReadOnlyList<Memo> Memos)
{
    /// <summary>The project's content in a stable order (ids, then offsets), so two exports of it are identical.</summary>
    public static ProjectContent Of(IProjectStore store) => new(
        store.Info.Name,
        store.Info.CreatedAt,
        store.Info.CreatedBy,
        store.Transcripts().OrderBy(t => t.Id, StringComparer.Ordinal).ToList(),
        store.Cases().OrderBy(c => c.Id, StringComparer.Ordinal).ToList(),
        store.Themes().OrderBy(t => t.ParentId ?? "", StringComparer.Ordinal).ThenBy(t => t.Order).ThenBy(t => t.Id, StringComparer.Ordinal).ToList(),
        store.Codings().OrderBy(c => c.TranscriptId, StringComparer.Ordinal).ThenBy(c => c.Start).ThenBy(c => c.End).ThenBy(c => c.Id, StringComparer.Ordinal).ToList(),
        store.Memos().OrderBy(m => m.Id, StringComparer.Ordinal).ToList());

    public bool IsEmpty => Transcripts.Count == 0 && Themes.Count == 0 && Codings.Count == 0 && Memos.Count == 0 && Cases.Count == 0;
}
