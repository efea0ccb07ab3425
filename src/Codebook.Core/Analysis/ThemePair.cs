using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Two themes that co-occur.</summary>
/// <param name="Meetings">Pairs of codings (one of each theme) that meet.</param>
/// <param name="Ratio">Codings of either theme that meet a coding of the other, over all codings of both (0 to 1,
/// a Jaccard-like share: 1 when every coding of each meets one of the other).</param>
public sealed record ThemePair(Theme First, Theme Second, int FirstCodings, int SecondCodings, int Meetings, double Ratio);
