using Codebook.Core.Analysis;
using Codebook.Core.Quotes;

namespace Codebook.Core.Reports;

/// <summary>One theme of a codebook report: its own counts, counts with its sub-themes, and example quotes.</summary>
public sealed record ReportedTheme(ThemeFrequency Own, ThemeFrequency WithSubThemes, IReadOnlyList<ExportedQuote> Examples);
