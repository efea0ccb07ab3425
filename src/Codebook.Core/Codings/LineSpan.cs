using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>One-based lines <c>First</c> to <c>Last</c> as cited: from the first word of the first line to the end
/// of the last line's text.</summary>
public sealed record LineSpan(int First, int Last) : SpanChoice
{
    public override IReadOnlyList<TextSpan> Locate(Transcript transcript)
    {
        var lines = new LineStarts(transcript.Text);
        if (First < 1 || Last < First || Last > lines.Count)
        {
            throw BadSpan(transcript, $"lines {First}-{Last} are not within the transcript (lines 1-{lines.Count})",
                "give FIRST-LAST within that range; 'codebook show' numbers the lines");
        }
        var span = WordBoundaries.Snap(transcript.Text, new TextSpan(lines.StartOf(First), lines.EndOf(Last)));
        if (span.Length == 0) throw BadSpan(transcript, $"lines {First}-{Last} are blank", "choose lines with text");
        return [span];
    }
}
