namespace Codebook.Core.Media;

/// <summary>What to play: a recording from a place, up to an end when a passage is replayed.</summary>
/// <param name="File">The recording's full path.</param>
/// <param name="Turn">The turn played from (its index).</param>
/// <param name="Estimated">The start is not the turn's own timestamp (<see cref="TurnTimes"/>).</param>
public sealed record MediaCue(string File, TimeSpan Start, TimeSpan? End, bool Estimated, int Turn);
