namespace Codebook.Core.Model;

/// <summary>Free text attached to the project (a journal entry), a transcript, a theme, a coding, or a framework cell
/// (the summary of one case and one theme).</summary>
public sealed class Memo
{
    public string Id { get; set; } = "";

    public MemoTarget Target { get; set; }

    /// <summary>Id of the transcript, theme, coding, or of a framework cell's case; empty for project memos.</summary>
    public string TargetId { get; set; } = "";

    /// <summary>A framework cell's theme (its case is <see cref="TargetId"/>); null for every other memo, and in
    /// project files written before framework cells.</summary>
    public string? ThemeId { get; set; }

    public string Text { get; set; } = "";

    public string Author { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
