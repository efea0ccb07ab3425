namespace Codebook.Core.Model;

/// <summary>Free text attached to the project (a journal entry), a transcript, a theme or a coding.</summary>
public sealed class Memo
{
    public string Id { get; set; } = "";

    public MemoTarget Target { get; set; }

    /// <summary>Id of the transcript, theme or coding; empty for project memos.</summary>
    public string TargetId { get; set; } = "";

    public string Text { get; set; } = "";

    public string Author { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
