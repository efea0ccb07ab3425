using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Codings;

/// <summary>One-based lines <c>First</c> to <c>Last</c> as cited, the imported file's (<see cref="CitedLines"/>): from the
/// first word of the first line to the end of the last line's text.</summary>
public sealed record LineSpan(int First, int Last) : SpanChoice
{
    public override IReadOnlyList<TextSpan> Locate(Transcript transcript)
    {
        var lines = new LineStarts(transcript.Text);
        var lastLine = CitedLines.LastOf(transcript, lines.Count);
        if (First < 1 || Last < First || Last > lastLine)
        {
            throw BadSpan(transcript, $"lines {First}-{Last} are not within the transcript (lines 1-{lastLine})",
                new ErrorHint(HintKind.LinesInRange));
        }
        if (CitedLines.TextLines(transcript, lines.Count, First, Last) is not { } found)
        {
            throw BadSpan(transcript, $"lines {First}-{Last} of {transcript.SourceFile} hold no text of the transcript (front matter or subtitle timings)",
                new ErrorHint(HintKind.LinesWithText));
        }
        var span = WordBoundaries.Snap(transcript.Text, new TextSpan(lines.StartOf(found.First), lines.EndOf(found.Last)));
        if (span.Length == 0) throw BadSpan(transcript, $"lines {First}-{Last} are blank", "choose lines with text");
        return [span];
    }
}
