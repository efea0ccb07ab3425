using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

/// <summary>Which quotes to pick. Codings of <see cref="Themes"/> (with their sub-themes), or of any theme when none
/// is named; with a <see cref="Query"/>, only codings overlapping its hits — or, with no theme and no coder named, the
/// hits themselves. Then kept to cases whose attributes match <see cref="Where"/>, to one coder, to themes of one
/// review status.</summary>
public sealed record QuoteChoice
{
    public IReadOnlyList<string> Themes { get; init; } = [];

    public string? Query { get; init; }

    /// <summary>Case attribute values, all of which must match (ignoring case).</summary>
    public IReadOnlyDictionary<string, string> Where { get; init; } = new Dictionary<string, string>();

    public string? Coder { get; init; }

    public ReviewStatus? Status { get; init; }

    public QuoteOrder Order { get; init; } = QuoteOrder.Transcript;

    /// <summary>Quotes are the query's hits, not codings.</summary>
    public bool HitsOnly => Query is not null && Themes.Count == 0 && Coder is null && Status is null;
}
