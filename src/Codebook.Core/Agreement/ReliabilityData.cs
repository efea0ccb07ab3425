namespace Codebook.Core.Agreement;

/// <summary>Reliability data in Krippendorff's canonical form: for each unit, the value each coder gave it (null when
/// the coder gave none: missing). Identical units may be held once with how many they are (<see cref="Counts"/>), so
/// that a project's hundreds of thousands of passages, nearly all uncoded, take a few entries.</summary>
/// <param name="Coders">How many coders; every unit has one slot per coder.</param>
/// <param name="Units">Per unit, the values by coder.</param>
/// <param name="Counts">How many units each entry of <paramref name="Units"/> stands for; null when each is one.</param>
public sealed record ReliabilityData(int Coders, IReadOnlyList<IReadOnlyList<string?>> Units, IReadOnlyList<int>? Counts = null)
{
    /// <summary>The values of units with at least two values, with how many such units there are: the only units that
    /// say anything about agreement.</summary>
    public IEnumerable<(IReadOnlyList<string> Values, int Count)> Pairable() =>
        Counted().Select(u => ((IReadOnlyList<string>)u.Values.OfType<string>().ToList(), u.Count)).Where(u => u.Item1.Count >= 2);

    /// <summary>Units every coder gave a value to, with how many such units there are.</summary>
    public IEnumerable<(IReadOnlyList<string> Values, int Count)> Complete() =>
        Counted().Where(u => u.Values.All(v => v is not null)).Select(u => ((IReadOnlyList<string>)u.Values.OfType<string>().ToList(), u.Count));

    private IEnumerable<(IReadOnlyList<string?> Values, int Count)> Counted() =>
        Units.Select((values, i) => (values, Counts?[i] ?? 1)).Where(u => u.Item2 > 0);

    public static ReliabilityData Of(IEnumerable<IReadOnlyList<string?>> units)
    {
        var list = units.ToList();
        return new ReliabilityData(list.Count == 0 ? 0 : list[0].Count, list);
    }
}
