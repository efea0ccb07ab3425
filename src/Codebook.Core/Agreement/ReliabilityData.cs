namespace Codebook.Core.Agreement;

/// <summary>Reliability data in Krippendorff's canonical form: for each unit, the value each coder gave it (null when
/// the coder gave none: missing).</summary>
/// <param name="Coders">How many coders; every unit has one slot per coder.</param>
/// <param name="Units">Per unit, the values by coder.</param>
public sealed record ReliabilityData(int Coders, IReadOnlyList<IReadOnlyList<string?>> Units)
{
    /// <summary>The values of units with at least two values: the only units that say anything about agreement.</summary>
    public IEnumerable<IReadOnlyList<string>> Pairable() =>
        Units.Select(u => (IReadOnlyList<string>)u.OfType<string>().ToList()).Where(v => v.Count >= 2);

    /// <summary>Units every coder gave a value to.</summary>
    public IEnumerable<IReadOnlyList<string>> Complete() =>
        Units.Where(u => u.All(v => v is not null)).Select(u => (IReadOnlyList<string>)u.OfType<string>().ToList());

    public static ReliabilityData Of(IEnumerable<IReadOnlyList<string?>> units)
    {
        var list = units.ToList();
        return new ReliabilityData(list.Count == 0 ? 0 : list[0].Count, list);
    }
}
