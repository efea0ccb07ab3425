namespace Codebook.Core.Memos;

/// <summary>A heading of a memo report and its memos, in the order asked.</summary>
public sealed record MemoGroup(string Heading, IReadOnlyList<ReportedMemo> Memos);
