using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Codebook.Core.Errors;

namespace Codebook.Core.Quotes;

/// <summary>How a quote is cited: literal text with <c>{placeholders}</c> — the built-in ones (<see cref="BuiltIn"/>)
/// and any case attribute as <c>{attr.NAME}</c> (or by its bare name); <c>{{</c> and <c>}}</c> are braces. A
/// placeholder without a value leaves no trace: its brackets, its label ("l. ") and one comma or semicolon next to it
/// go with it.</summary>
public sealed partial class CitationTemplate
{
    /// <summary>The speaker, the case when it is someone else, the interview, the lines of the imported file and the
    /// time where there is one.</summary>
    public const string Default = "{speaker}, {case}, {transcript}, l. {lines}, {time}";

    public static readonly IReadOnlyList<string> BuiltIn =
        ["speaker", "speakerRole", "case", "role", "transcript", "title", "lines", "time", "date", "theme", "coder", "language", "pseudonym"];

    private const string AttributePrefix = "attr.";

    private readonly IReadOnlyList<(string Text, bool IsPlaceholder)> _parts;
    private readonly bool _caseWhenSomeoneElse;

    private CitationTemplate(IReadOnlyList<(string, bool)> parts, bool caseWhenSomeoneElse)
    {
        _parts = parts;
        _caseWhenSomeoneElse = caseWhenSomeoneElse;
    }

    /// <summary>The <see cref="Default"/> template, which leaves the case out when it is the speaker.</summary>
    public static CitationTemplate Standard { get; } = new(Read(Default, _ => true), caseWhenSomeoneElse: true);

    /// <summary>Reads a template, refusing placeholders that are neither built in nor one of <paramref name="attributes"/>.</summary>
    public static CitationTemplate Parse(string template, IEnumerable<string> attributes)
    {
        var names = attributes.Distinct().ToList();
        var known = BuiltIn.Concat(names).Concat(names.Select(a => AttributePrefix + a)).ToHashSet(StringComparer.Ordinal);
        var listed = BuiltIn.Concat(names.Order(StringComparer.Ordinal).Select(a => AttributePrefix + a)).Select(k => $"{{{k}}}");
        return new CitationTemplate(Read(template, name => known.Contains(name) ? true
            : throw Mistake($"unknown placeholder {{{name}}} in the citation template", $"use one of {string.Join(", ", listed)}")), caseWhenSomeoneElse: false);
    }

    private static List<(string, bool)> Read(string template, Func<string, bool> check)
    {
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
                check(name);
                parts.Add((literal.ToString(), false));
                literal.Clear();
                parts.Add((name, true));
                i = close;
            }
            else if (c == '}') throw Mistake($"the '}}' at column {i + 1} closes nothing", "write }} for a brace");
            else literal.Append(c);
        }
        parts.Add((literal.ToString(), false));
        return parts;
    }

    public string Render(Quote quote)
    {
        var raw = string.Concat(_parts.Select(p => p.IsPlaceholder ? ValueOf(quote, p.Text) is { Length: > 0 } value ? value : Empty : p.Text));
        return Tidy(raw);
    }

    private string ValueOf(Quote quote, string name) => name switch
    {
        "speaker" => quote.Speaker,
        "speakerRole" => quote.SpeakerRole,
        "case" or "pseudonym" => !quote.HasCase || (_caseWhenSomeoneElse && IsSpeaker(quote)) ? "" : CaseName(quote),
        "transcript" => quote.Transcript.Id,
        "title" => quote.Transcript.Title,
        "lines" => quote.LineText,
        "time" => quote.Start is { } start ? Time(start) : "",
        "date" => quote.Transcript.Date ?? "",
        "theme" => quote.Theme?.Label ?? "",
        "coder" => string.Join(", ", quote.Coders),
        "language" => quote.Transcript.Language,
        _ => quote.Case.Attributes.GetValueOrDefault(name.StartsWith(AttributePrefix, StringComparison.Ordinal) ? name[AttributePrefix.Length..] : name) ?? "",
    };

    /// <summary>The case as cited: its <c>pseudonym</c> attribute, else its name, else its id.</summary>
    private static string CaseName(Quote quote) =>
        quote.Case.Attributes.GetValueOrDefault("pseudonym") is { Length: > 0 } pseudonym ? pseudonym
        : quote.Case.Name.Length > 0 ? quote.Case.Name : quote.Case.Id;

    private static bool IsSpeaker(Quote quote) => quote.Parts.Any(p => CaseSpeaker.Is(p.Speaker, quote.Case));

    public static string Time(TimeSpan time) => time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);

    /// <summary>Stands for a placeholder without a value until <see cref="Tidy"/> takes it out with what belongs to it.</summary>
    private const string Empty = "\0";

    private static string Tidy(string raw)
    {
        if (!raw.Contains('\0')) return raw;
        var text = BracketsAroundNothing().Replace(raw, "\0");
        text = LabelBeforeNothing().Replace(text, "\0");
        text = SeparatorBeforeNothing().Replace(text, "\0");
        text = NothingFirst().Replace(text, "$1");
        return Spaces().Replace(text.Replace("\0", ""), " ").Trim();
    }

    /// <summary>" ({time})" with no time.</summary>
    [GeneratedRegex(@"\s?[(\[]\s*\0\s*[)\]]")]
    private static partial Regex BracketsAroundNothing();

    /// <summary>"l. {lines}", "t={time}": a label stuck to its placeholder.</summary>
    [GeneratedRegex(@"[^\s,;()\[\]\0]+[.:=] ?\0")]
    private static partial Regex LabelBeforeNothing();

    /// <summary>", {role}" — the comma before an empty part.</summary>
    [GeneratedRegex(@"(?:\s*[,;]|\s+[–—-])\s*\0")]
    private static partial Regex SeparatorBeforeNothing();

    /// <summary>"{speaker}, " or "({case}; " with nothing before them: the comma after goes.</summary>
    [GeneratedRegex(@"(^|[(\[])\s*\0+\s*(?:[,;]|[–—-](?=\s))?\s*")]
    private static partial Regex NothingFirst();

    [GeneratedRegex(@"  +")]
    private static partial Regex Spaces();

    private static CodebookException Mistake(string message, string hint) => new(ErrorCode.Usage, message, "citation template", hint);
}
