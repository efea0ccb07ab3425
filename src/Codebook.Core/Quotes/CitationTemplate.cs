using System.Globalization;
using System.Text;
using Codebook.Core.Errors;

namespace Codebook.Core.Quotes;

/// <summary>How a quote is cited: literal text with <c>{placeholders}</c> — the built-in ones (<see cref="BuiltIn"/>)
/// and any case attribute by name; <c>{{</c> and <c>}}</c> are braces. A placeholder without a value for a quote
/// prints nothing.</summary>
public sealed class CitationTemplate
{
    public const string Default = "{pseudonym}, {role}, {transcript}, l. {lines}";

    /// <summary>The default for a quote with a timestamp.</summary>
    public const string DefaultTimed = Default + ", {time}";

    public static readonly IReadOnlyList<string> BuiltIn = ["pseudonym", "role", "transcript", "title", "lines", "time", "theme", "coder", "case", "language"];

    private readonly IReadOnlyList<(string Text, bool IsPlaceholder)> _parts;

    private CitationTemplate(IReadOnlyList<(string, bool)> parts) => _parts = parts;

    /// <summary>Reads a template, refusing placeholders that are neither built in nor one of <paramref name="attributes"/>.</summary>
    public static CitationTemplate Parse(string template, IEnumerable<string> attributes)
    {
        var known = BuiltIn.Concat(attributes).ToHashSet(StringComparer.Ordinal);
        var parts = new List<(string, bool)>();
        var literal = new StringBuilder();
        for (int i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                literal.Append(c);
                i++;
            }
            else if (c == '{')
            {
                var close = template.IndexOf('}', i);
                if (close < 0) throw Mistake($"the '{{' at column {i + 1} is never closed", "write {{ for a brace");
                var name = template[(i + 1)..close];
                if (!known.Contains(name))
                {
                    throw Mistake($"unknown placeholder {{{name}}} in the citation template",
                        $"use one of {string.Join(", ", known.Order(StringComparer.Ordinal).Select(k => $"{{{k}}}"))}");
                }
                parts.Add((literal.ToString(), false));
                literal.Clear();
                parts.Add((name, true));
                i = close;
            }
            else if (c == '}') throw Mistake($"the '}}' at column {i + 1} closes nothing", "write }} for a brace");
            else literal.Append(c);
        }
        parts.Add((literal.ToString(), false));
        return new CitationTemplate(parts);
    }

    public string Render(Quote quote) =>
        string.Concat(_parts.Select(p => p.IsPlaceholder ? ValueOf(quote, p.Text) : p.Text));

    private static string ValueOf(Quote quote, string name) => name switch
    {
        "pseudonym" => quote.Case.Attributes.GetValueOrDefault("pseudonym") ?? quote.Case.Name,
        "transcript" => quote.Transcript.Id,
        "title" => quote.Transcript.Title,
        "lines" => quote.LineText,
        "time" => quote.Start is { } start ? Time(start) : "",
        "theme" => quote.Theme?.Label ?? "",
        "coder" => string.Join(", ", quote.Coders),
        "case" => quote.Case.Id,
        "language" => quote.Transcript.Language,
        _ => quote.Case.Attributes.GetValueOrDefault(name) ?? "",
    };

    public static string Time(TimeSpan time) => time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

    private static CodebookException Mistake(string message, string hint) => new(ErrorCode.Usage, message, "--template", hint);
}
