namespace Codebook.Fuzz;

/// <summary>What one parser made of its inputs, and the distinct crashes (exception type and throwing frame).</summary>
public sealed class TargetFigures(string target)
{
    public string Target { get; } = target;

    public long Tried { get; set; }

    public TimeSpan Elapsed { get; set; }

    public Dictionary<FuzzOutcome, long> Outcomes { get; } = Enum.GetValues<FuzzOutcome>().ToDictionary(o => o, _ => 0L);

    /// <summary>A finding's signature and the first file saved for it.</summary>
    public SortedDictionary<string, string> Findings { get; } = new(StringComparer.Ordinal);

    public long Count(FuzzOutcome outcome) => Outcomes[outcome];
}
