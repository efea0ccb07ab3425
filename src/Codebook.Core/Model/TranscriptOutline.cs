namespace Codebook.Core.Model;

/// <summary>What analyses and agreement need of a transcript's text, stored beside it so they need not read it: its
/// length, its passages and where its words are. Kept in step with the text by the store, whenever a transcript is
/// written (import, revision, replace, undo).</summary>
public sealed class TranscriptOutline(string transcriptId, IReadOnlyList<Passage> passages, WordMarks words)
{
    public static TranscriptOutline Of(Transcript transcript) => new(transcript.Id, Model.Passages.Of(transcript), WordMarks.Of(transcript.Text));

    public string TranscriptId { get; } = transcriptId;

    /// <summary>The passages, as <see cref="Model.Passages.Of"/> cuts them.</summary>
    public IReadOnlyList<Passage> Passages { get; } = passages;

    public WordMarks Words { get; } = words;

    /// <summary>The length of the text, in characters.</summary>
    public int Length => Words.Length;
}
