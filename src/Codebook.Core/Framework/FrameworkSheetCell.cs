using Codebook.Core.Quotes;

namespace Codebook.Core.Framework;

/// <summary>A framework cell as an export writes it: the summary pseudonymised, how many passages, and the quotes
/// when they were asked for.</summary>
public sealed record FrameworkSheetCell(string ThemeId, string Summary, int Passages, IReadOnlyList<ExportedQuote> Quotes)
{
    public bool IsEmpty => Summary.Length == 0 && Passages == 0;
}
