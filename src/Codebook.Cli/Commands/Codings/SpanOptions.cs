using System.CommandLine;
using Codebook.Core.Codings;
using Codebook.Core.Errors;

namespace Codebook.Cli.Commands.Codings;

/// <summary>The ways to say a passage on the command line, shared by <c>code</c> and <c>place</c>:
/// <c>--span S:E | --turn N | --lines A-B | --match TEXT [--all]</c>.</summary>
public sealed class SpanOptions
{
    private const string Names = "--span, --turn, --lines or --match";

    private readonly Option<string?> _span = new("--span") { Description = "Exact offsets START:END, kept as given" };
    private readonly Option<int?> _turn = new("--turn") { Description = "A whole turn, numbered from 1" };
    private readonly Option<string?> _lines = new("--lines") { Description = "Lines FIRST-LAST, as 'codebook show' numbers them" };
    private readonly Option<string?> _match = new("--match") { Description = "The first place this text occurs (ignoring case and accents)" };
    private readonly Option<bool> _all = new("--all") { Description = "With --match: every place it occurs, in one change" };
    private readonly bool _allowsAll;

    /// <param name="allowsAll">Whether <c>--all</c> is offered (many spans in one go).</param>
    public SpanOptions(bool allowsAll) => _allowsAll = allowsAll;

    public void AddTo(Command command)
    {
        command.Add(_span);
        command.Add(_turn);
        command.Add(_lines);
        command.Add(_match);
        if (_allowsAll) command.Add(_all);
    }

    /// <summary>The one way the user said the span; <paramref name="example"/> shows how when they said none or several.</summary>
    public SpanChoice Read(ParseResult parse, string commandName, string example)
    {
        var all = _allowsAll && parse.GetValue(_all);
        var choices = new SpanChoice?[]
        {
            parse.GetValue(_span) is { } offsets ? ParseOffsets(offsets) : null,
            parse.GetValue(_turn) is { } number ? new TurnSpan(number) : null,
            parse.GetValue(_lines) is { } range ? ToLineSpan(LineRange.Parse(range)) : null,
            parse.GetValue(_match) is { } text ? new MatchSpan(text, all) : null,
        }.OfType<SpanChoice>().ToList();
        if (choices.Count != 1)
        {
            throw new CodebookException(ErrorCode.Usage, $"say where with exactly one of {Names}", commandName, $"e.g. '{example}'");
        }
        if (all && choices[0] is not MatchSpan)
        {
            throw new CodebookException(ErrorCode.Usage, "--all goes with --match", commandName, "add --match TEXT, or leave out --all");
        }
        return choices[0];
    }

    private static LineSpan ToLineSpan(LineRange range) => new(range.First, range.Last);

    private static OffsetSpan ParseOffsets(string text)
    {
        var parts = text.Split(':', 2, StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && int.TryParse(parts[0], out var start) && int.TryParse(parts[1], out var end))
        {
            return new OffsetSpan(start, end);
        }
        throw new CodebookException(ErrorCode.Usage, $"'{text}' is not a span", "--span",
            "write it as START:END, UTF-16 offsets into the transcript's text, e.g. --span 1204:1388");
    }
}
