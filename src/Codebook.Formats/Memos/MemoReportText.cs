using System.Globalization;
using Codebook.Core.Memos;

namespace Codebook.Formats.Memos;

/// <summary>What a memo report says above each memo, in every format.</summary>
public static class MemoReportText
{
    /// <summary>"coding c7k2m9qxa (resistance) in fr01-nadia — ana, 2026-12-06 14:03" (UTC).</summary>
    public static string Heading(ReportedMemo memo) =>
        $"{memo.On} — {memo.Author}, {memo.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}";
}
