using Codebook.Core.Model;

namespace Codebook.Core.Cases;

/// <summary>What importing a participants' table would do, for a preview; <see cref="CaseService.Import"/> applies
/// it as one change.</summary>
public sealed record CaseImportPlan(
    AttributeTable Table,
    string KeyColumn,
    IReadOnlyList<CaseMatch> Matches,
    IReadOnlyList<UnplacedRow> UnplacedRows,
    IReadOnlyList<UnplacedColumn> UnplacedColumns,
    IReadOnlyList<AttributeChange> Changes,
    IReadOnlyList<RejectedValue> Rejected,
    IReadOnlyList<Case> Written,
    IReadOnlyList<TranscriptLink> Links)
{
    /// <summary>Whether applying the plan would change nothing.</summary>
    public bool Empty => Written.Count == 0;
}
