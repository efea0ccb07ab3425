namespace Codebook.CrashHarness;

/// <summary>The kills of one operation.</summary>
/// <param name="KeptUnacknowledged">Kills after which the log held a change the killed run had not yet acknowledged
/// (committed just before the kill): allowed, and whole like any other.</param>
/// <param name="AcknowledgedChanges">Changes acknowledged before the kills, summed.</param>
/// <param name="IndexFound">What <c>index check</c> said on reopening, counted.</param>
public sealed record OperationFigures(string Operation, int Kills, int KeptUnacknowledged, int AcknowledgedChanges,
    IReadOnlyDictionary<string, int> IndexFound);
