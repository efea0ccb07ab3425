using Codebook.Core.Cases;
using Codebook.Core.Model;
using Lucene.Net.Search;
using Fields = Codebook.Search.Indexing.Fields;

namespace Codebook.Search.Queries;

/// <summary>A range on a case attribute whose ends are numbers (<c>age:[30 TO 45]</c>) or dates
/// (<c>date:[2023-01-01 TO 2023-06-30]</c>), compared as numbers on the attribute's numeric field
/// (<see cref="Indexing.PassageDocument"/>) rather than as words in alphabetical order, where "9" comes after "45".
/// An end may be open (<c>*</c>).</summary>
internal static class AttributeRange
{
    /// <summary>The numeric range, or null when <paramref name="field"/> is no attribute or the ends are not both
    /// numbers or both dates: then the range compares words, as on any other field.</summary>
    public static Query? Of(string field, string? lower, string? upper, bool includesLower, bool includesUpper)
    {
        if (!field.StartsWith(Fields.AttributePrefix, StringComparison.Ordinal) || (lower is null && upper is null)) return null;
        foreach (var type in (AttributeType[])[AttributeType.Number, AttributeType.Date])
        {
            if (End(type, lower) is not { } from || End(type, upper) is not { } to) continue;
            return NumericRangeQuery.NewDoubleRange(Fields.ForAttribute(field[Fields.AttributePrefix.Length..]),
                from.Open ? null : from.Point, to.Open ? null : to.Point, includesLower, includesUpper);
        }
        return null;
    }

    /// <summary>One end on <paramref name="type"/>'s scale: open when not given; null when it is not of that type.</summary>
    private static (bool Open, double Point)? End(AttributeType type, string? value) =>
        value is null ? (true, 0)
        : AttributeValues.TryScale(type, value, out var point) ? (false, point)
        : null;
}
