using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Media;

/// <summary>Links recordings to transcripts (each link, unlink and offset one logged, undoable change) and works out
/// where in a recording a turn or a passage is heard. Whether the file is there is for the caller to check: the core
/// does not touch the file system.</summary>
public sealed class MediaService(IProjectStore store, Coder coder)
{
    /// <param name="file">The recording, absolute or relative to the current folder; stored relative to the project
    /// when it can be (<see cref="RecordingPath"/>). A link made again keeps the offset.</param>
    public Recording Link(string transcriptId, string file)
    {
        store.RequireTranscript(transcriptId);
        var stored = RecordingPath.ToStored(store.Location, file);
        var recording = new Recording { TranscriptId = transcriptId, Path = stored, Offset = store.FindRecording(transcriptId)?.Offset ?? TimeSpan.Zero };
        store.Commit(coder.Name, "media.link", $"linked {transcriptId} to the recording {stored}", changes => changes.Put(recording));
        return recording;
    }

    public Recording Unlink(string transcriptId)
    {
        var recording = Require(transcriptId);
        store.Commit(coder.Name, "media.unlink", $"unlinked the recording {recording.Path} from {transcriptId}", changes => changes.RemoveRecording(transcriptId));
        return recording;
    }

    /// <summary>Sets (not adds to) the time added to the transcript's times to find them in the recording.</summary>
    public Recording SetOffset(string transcriptId, TimeSpan offset)
    {
        var recording = Require(transcriptId);
        recording.Offset = offset;
        store.Commit(coder.Name, "media.offset", $"set the recording offset of {transcriptId} to {MediaTime.Format(offset)}", changes => changes.Put(recording));
        return recording;
    }

    /// <summary>The recording's full path.</summary>
    public string FileOf(Recording recording) => RecordingPath.ToFull(store.Location, recording.Path);

    /// <summary>Where to play <paramref name="turn"/> (its index) from, to the end of the recording.</summary>
    public MediaCue CueAt(Transcript transcript, int turn)
    {
        var recording = Require(transcript.Id);
        var start = TurnTimes.Of(transcript, recording.Offset).PlayFrom(turn);
        return new MediaCue(FileOf(recording), start.Start, null, start.Estimated, turn);
    }

    /// <summary>Where to play the passage <paramref name="span"/>: from the start of the turn it starts in to the start
    /// of the turn after the one it ends in (the end is unknown after the last timestamp).</summary>
    public MediaCue CueFor(Transcript transcript, TextSpan span)
    {
        var recording = Require(transcript.Id);
        var times = TurnTimes.Of(transcript, recording.Offset);
        int first = TurnIndexAt(transcript, span.Start), last = TurnIndexAt(transcript, Math.Max(span.Start, span.End - 1));
        var start = times.PlayFrom(first);
        var end = times.EndOf(last);
        return new MediaCue(FileOf(recording), start.Start, end > start.Start ? end : null, start.Estimated, first);
    }

    /// <summary>The turn holding <paramref name="offset"/>, or the first turn when it is before them all.</summary>
    public static int TurnIndexAt(Transcript transcript, int offset) =>
        transcript.Turns.LastOrDefault(t => Math.Min(t.Label.Length == 0 ? t.Words.Start : t.Label.Start, t.Words.Start) <= offset)?.Index ?? 0;

    private Recording Require(string transcriptId)
    {
        store.RequireTranscript(transcriptId);
        return store.FindRecording(transcriptId) ?? throw NoRecording(transcriptId);
    }

    public static CodebookException NoRecording(string transcriptId) =>
        new(ErrorCode.NoRecording, $"{transcriptId} has no recording linked", transcriptId,
            new ErrorHint(HintKind.LinkRecording, transcriptId));
}
