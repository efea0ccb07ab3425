namespace Codebook.Core.Memos;

/// <summary>How the memos of a group follow each other: oldest first, or by what they are on (then oldest first).</summary>
public enum MemoOrder
{
    Date,
    Target,
}
