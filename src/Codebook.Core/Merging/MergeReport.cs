namespace Codebook.Core.Merging;

/// <summary>What a merge did: codings added per coder, codings already here (skipped silently), and conflicts.</summary>
public sealed record MergeReport(IReadOnlyDictionary<string, int> MergedByCoder, int Memos, int AlreadyMerged, IReadOnlyList<MergeConflict> Conflicts)
{
    public int Merged => MergedByCoder.Values.Sum();
}
