using System.Globalization;
using Codebook.Core.Cases;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Analysis;

/// <summary>Groups a number or date attribute's values between edges: edges 30,45 make "&lt; 30", "30 – &lt; 45"
/// and "≥ 45" (each bin holds its lower edge). Values that are not numbers (or dates) go to
/// <see cref="ThemeMatrices.NoValue"/>.</summary>
public sealed class AttributeBins
{
    private readonly AttributeType type;
    private readonly IReadOnlyList<(double Point, string Text)> edges;

    private AttributeBins(AttributeType type, IReadOnlyList<(double, string)> edges)
    {
        this.type = type;
        this.edges = edges;
    }

    /// <summary>Bins of <paramref name="attribute"/> (of <paramref name="type"/>) between the edges written in
    /// <paramref name="text"/>, comma-separated and increasing.</summary>
    public static AttributeBins Parse(string attribute, AttributeType type, string text)
    {
        if (type == AttributeType.Text)
        {
            throw new CodebookException(ErrorCode.Usage, $"'{attribute}' is a text attribute: its values cannot be put in bins", "bins",
                new ErrorHint(HintKind.BinsNeedNumbers, attribute));
        }
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var edges = new List<(double, string)>();
        foreach (var part in parts)
        {
            if (!AttributeValues.TryScale(type, part, out var point))
            {
                throw new CodebookException(ErrorCode.Usage, $"'{part}' is not a {AttributeValues.Describe(type)}", "bins",
                    type == AttributeType.Date ? "give dates as 2014-01-01,2014-07-01" : "give numbers as 25,35,50");
            }
            if (edges.Count > 0 && point <= edges[^1].Item1)
            {
                throw new CodebookException(ErrorCode.Usage, $"the edges must increase: {part} comes after {edges[^1].Item2}", "bins", new ErrorHint(HintKind.BinsExample));
            }
            edges.Add((point, part));
        }
        if (edges.Count == 0) throw new CodebookException(ErrorCode.Usage, "no edge given", "bins", new ErrorHint(HintKind.BinsExample));
        return new AttributeBins(type, edges);
    }

    /// <summary>The bins' names, lowest first.</summary>
    public IReadOnlyList<string> Labels =>
        [$"< {edges[0].Text}", .. edges.Zip(edges.Skip(1), (low, high) => $"{low.Text} – < {high.Text}"), $"≥ {edges[^1].Text}"];

    /// <summary>The bin of a value, or null when it is none of the attribute's type.</summary>
    public string? BinOf(string? value)
    {
        if (!AttributeValues.TryScale(type, value, out var point)) return null;
        int bin = 0;
        while (bin < edges.Count && point >= edges[bin].Point) bin++;
        return Labels[bin];
    }

    public override string ToString() => string.Join(",", edges.Select(e => e.Text.ToString(CultureInfo.InvariantCulture)));
}
