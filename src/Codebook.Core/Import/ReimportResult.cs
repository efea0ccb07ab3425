namespace Codebook.Core.Import;

/// <summary>What a re-import did to the codings of the transcript it updated.</summary>
/// <param name="Edited">Carried codings whose text was corrected inside them.</param>
public sealed record ReimportResult(int Carried, int Edited, IReadOnlyList<UnplacedCodingRow> Unplaced);
