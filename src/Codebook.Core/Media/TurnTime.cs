namespace Codebook.Core.Media;

/// <summary>Where a turn starts in its recording.</summary>
/// <param name="Turn">The turn's index in its transcript.</param>
/// <param name="Estimated">The transcript gives no timestamp for this turn: the start is worked out from the
/// timestamps around it, by words.</param>
public sealed record TurnTime(int Turn, TimeSpan Start, bool Estimated);
