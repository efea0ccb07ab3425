using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>Exact UTF-16 offsets <c>[Start, End)</c>, kept exactly as given (no snapping), as tools and imports need.</summary>
public sealed record OffsetSpan(int Start, int End) : SpanChoice
{
    public override IReadOnlyList<TextSpan> Locate(Transcript transcript)
    {
        if (Start < 0 || Start >= End || End > transcript.Text.Length)
        {
            throw BadSpan(transcript, $"span {Start}:{End} is not a non-empty span of the transcript (0:{transcript.Text.Length})",
                $"give START:END with 0 <= START < END <= {transcript.Text.Length}");
        }
        return [new TextSpan(Start, End)];
    }
}
