namespace Codebook.Core.Model;

/// <summary>One interview's text, normalised at import (Unicode NFC, LF line ends), split into turns.</summary>
public sealed class Transcript
{
    /// <summary>Stable identifier (a slug), from the front matter or the file name.</summary>
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>ISO 639-1 code, "fr" or "es" for this study; detected when the file does not say.</summary>
    public string Language { get; set; } = "";

    /// <summary>The interview date as the front matter gives it, if it does.</summary>
    public string? Date { get; set; }

    /// <summary>The case this transcript is about, if any.</summary>
    public string? CaseId { get; set; }

    /// <summary>Speaker labels that belong to the interviewer(s).</summary>
    public List<string> Interviewers { get; set; } = [];

    /// <summary>File name the transcript was imported from.</summary>
    public string SourceFile { get; set; } = "";

    /// <summary>SHA-256 of the original file's bytes, to recognise a re-import of the same file.</summary>
    public string SourceHash { get; set; } = "";

    /// <summary>The normalised text, front matter removed, speaker labels kept.</summary>
    public string Text { get; set; } = "";

    public List<Turn> Turns { get; set; } = [];

    /// <summary>For each line of <see cref="Text"/> (index 0 is line 1), the one-based line of the imported file it
    /// came from (front matter, subtitle cue numbers and timings, a .docx's paragraphs counted as lines); empty when
    /// they are the same.</summary>
    public List<int> FileLines { get; set; } = [];

    public DateTime ImportedAt { get; set; }

    public string ImportedBy { get; set; } = "";

    /// <summary>The words spoken in the transcript (see <see cref="SpokenWords"/>): no labels, timestamps, notes or
    /// transcription marks.</summary>
    public int WordCount => SpokenWords.Of(this);

    /// <summary>The line of the imported file that holds line <paramref name="line"/> of the text: what a citation gives.</summary>
    public int FileLine(int line) => line >= 1 && line <= FileLines.Count ? FileLines[line - 1] : line;
}
