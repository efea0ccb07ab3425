using System.Text.RegularExpressions;

namespace Codebook.Benchmarks.Scenarios;

/// <summary>The fixed mix of queries, each with the regular expression a scanning tool would run for its words
/// (filters on themes and attributes cannot be scanned for, so the scan looks for the words everywhere).</summary>
internal static class QueryMix
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static IReadOnlyList<(string Query, Regex Scan)> All { get; } =
    [
        ("maison", new(@"\bmaison\w*", Options)),
        ("casa", new(@"\bcasas?\b", Options)),
        ("\"tout à coup\"", new(@"\btout à coup\b", Options)),
        ("\"de pronto\"", new(@"\bde pronto\b", Options)),
        ("\"femme mari\"~5", new(@"\bfemme\b(?:\W+\w+){0,5}?\W+mari\b|\bmari\b(?:\W+\w+){0,5}?\W+femme\b", Options)),
        ("\"mujer marido\"~5", new(@"\bmujer\b(?:\W+\w+){0,5}?\W+marido\b|\bmarido\b(?:\W+\w+){0,5}?\W+mujer\b", Options)),
        ("amour*", new(@"\bamour\w*", Options)),
        ("coraz?n", new(@"\bcoraz.n\b", Options)),
        ("theme:resistance AND femme", new(@"\bfemmes?\b", Options)),
        ("territory:croissant AND casa", new(@"\bcasas?\b", Options)),
        ("(maison OR casa) AND theme:reporting-pressure AND role:participant AND territory:croissant", new(@"\b(?:maisons?|casas?)\b", Options)),
        ("attr.gender:f AND (amor* OR amour*)", new(@"\bamou?r\w*", Options)),
    ];
}
