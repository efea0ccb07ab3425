using Codebook.Core.Model;

namespace Codebook.Core.Import;

/// <summary>What a re-import did to the codings of the transcript it replaced.</summary>
/// <param name="Carried">Codings placed on the new text, moved where the text moved.</param>
/// <param name="Edited">Of those, the ones whose text was corrected inside them.</param>
/// <param name="Unplaced">Codings whose text was deleted, kept aside.</param>
public sealed record ReimportReport(int Carried, int Edited, IReadOnlyList<UnplacedCoding> Unplaced);
