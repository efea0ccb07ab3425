using Codebook.Core.Model;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Main;

public sealed partial class MainWindow
{
    private void Open(Transcript transcript, bool focus)
    {
        ReaderFrame.Title = $"{transcript.Id} · {transcript.Title}";
        Reader.Show(transcript, _codings.Where(c => c.TranscriptId == transcript.Id), ThemesById());
        if (focus) Reader.SetFocus();
    }

    /// <summary>A search hit (its first matched word, or the passage) or a framework cell's passage in the reader:
    /// its transcript open, the span selected.</summary>
    private void JumpTo(string transcriptId, TextSpan span)
    {
        if (_transcripts.FirstOrDefault(t => t.Id == transcriptId) is not { } transcript) return;
        Transcripts.Select(transcript);
        Open(transcript, true);
        Reader.MoveTo(span.Start);
        Reader.MoveTo(span.End, extend: true);
        Status.Show(KeysNow(), Names.Format(Strings.JumpedTo, transcriptId, transcript.FileLine(Reader.LineAt(span.Start))));
    }

    private void GoTo(int? offset, string otherwise)
    {
        if (offset is { } at) Reader.MoveTo(at);
        else Status.Show(KeysNow(), otherwise);
    }

    /// <summary>The next turn after the cursor, not the interviewer's, with no coding by anyone.</summary>
    private Turn? NextUncodedTurn() => Reader.Transcript?.Turns.FirstOrDefault(t =>
        t.Words.Start > Reader.Offset && t.Role != SpeakerRole.Interviewer && t.Words.Length > 0 && !Reader.Codings.Overlapping(t.Words).Any());
}
