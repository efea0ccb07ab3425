using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Cli.Output;

/// <summary>Shows codings with their text and cited lines (the imported file's), reading each transcript once however many codings it has.</summary>
public sealed class CodingPrinter(IProjectStore store)
{
    private readonly Dictionary<string, (Transcript Transcript, LineStarts Lines)> _transcripts = new(StringComparer.Ordinal);

    public CodingRow Row(Coding coding) =>
        new(coding.Id, coding.TranscriptId, coding.Start, coding.End, coding.ThemeId, coding.Coder, TextOf(coding), coding.Memo);

    /// <summary>"c7k2m9qxa resistance on fr01-nadia 1204:1388 (l. 41-43) by ana: "On a commencé à anonymiser…""</summary>
    public string Line(Coding coding)
    {
        var (transcript, starts) = Source(coding.TranscriptId);
        var (first, last) = CitedLines.Of(transcript, starts, coding.Span);
        var lines = first == last ? $"l. {first}" : $"l. {first}-{last}";
        var memo = coding.Memo is null ? "" : $" [memo: {Excerpt.Of(coding.Memo)}]";
        return $"{coding.Id} {coding.ThemeId} on {coding.TranscriptId} {coding.Span} ({lines}) by {coding.Coder}: \"{Excerpt.Of(TextOf(coding))}\"{memo}";
    }

    private string TextOf(Coding coding) => Source(coding.TranscriptId).Transcript.Text[coding.Start..coding.End];

    private (Transcript Transcript, LineStarts Lines) Source(string transcriptId)
    {
        if (!_transcripts.TryGetValue(transcriptId, out var source))
        {
            var transcript = store.RequireTranscript(transcriptId);
            source = (transcript, new LineStarts(transcript.Text));
            _transcripts[transcriptId] = source;
        }
        return source;
    }
}
