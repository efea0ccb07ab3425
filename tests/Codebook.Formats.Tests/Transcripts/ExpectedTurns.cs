using System.Globalization;
using System.Text;
using Codebook.Core.Import;
using Codebook.Core.Model;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>The readable form of a parsed transcript that the <c>.expected</c> files hold: transcript fields, case,
/// warnings, then one line per turn: <c>line-endLine @fileLine | speaker | role by decision | timestamp | label | words |
/// spoken words</c>. Label and words are the text under those spans, with line breaks written as <c>\n</c>; '-' stands
/// for none; <c>@fileLine</c> is the line of the imported file where the turn starts.</summary>
internal static class ExpectedTurns
{
    public static string Render(ParsedTranscript parsed)
    {
        var t = parsed.Transcript;
        var text = new StringBuilder();
        text.Append("id: ").AppendLine(t.Id);
        text.Append("title: ").AppendLine(t.Title);
        text.Append("language: ").AppendLine(t.Language);
        text.Append("date: ").AppendLine(t.Date ?? "-");
        text.Append("interviewers: ").AppendLine(t.Interviewers.Count == 0 ? "-" : string.Join(", ", t.Interviewers));
        text.Append("case: ").AppendLine(Case(parsed.Case));
        foreach (var warning in parsed.Warnings) text.Append("warning: ").AppendLine(warning);
        text.Append("spoken words: ").AppendLine(t.WordCount.ToString(CultureInfo.InvariantCulture));
        text.AppendLine("turns:");
        foreach (var turn in t.Turns) text.AppendLine(Turn(t, turn));
        return text.ToString();
    }

    private static string Case(Case? c) => c is null ? "-"
        : $"{c.Id} ({c.Name})" + string.Concat(c.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $" {a.Key}={a.Value}"));

    private static string Turn(Transcript t, Turn turn) => string.Join(" | ",
        $"{turn.Line}-{turn.EndLine} @{t.FileLine(turn.Line)}",
        turn.Speaker ?? "-",
        turn.RoleDecidedBy == RoleDecision.None ? $"{turn.Role}" : $"{turn.Role} by {turn.RoleDecidedBy}",
        turn.Timestamp?.ToString(@"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture) ?? "-",
        Under(t.Text, turn.Label),
        Under(t.Text, turn.Words),
        $"{SpokenWords.Of(t.Text, turn)} words");

    private static string Under(string text, TextSpan span) =>
        span.Length == 0 ? "-" : text[span.Start..span.End].Replace("\n", "\\n", StringComparison.Ordinal);
}
