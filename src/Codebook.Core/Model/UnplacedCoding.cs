namespace Codebook.Core.Model;

/// <summary>A coding a re-import could not carry to the corrected text (its passage was deleted), kept aside,
/// out of every count and analysis, until a coder places it again or removes it. Its memos stay with its id.</summary>
public sealed class UnplacedCoding
{
    /// <summary>The coding's id, unchanged.</summary>
    public string Id { get; set; } = "";

    /// <summary>The coding as it was; its offsets point into the text that was replaced.</summary>
    public Coding Coding { get; set; } = new();

    /// <summary>The text it covered, the only trace left of where it was.</summary>
    public string Text { get; set; } = "";

    public DateTime UnplacedAt { get; set; }

    public static UnplacedCoding Of(Coding coding, string oldText, DateTime at) =>
        new() { Id = coding.Id, Coding = coding, Text = oldText[coding.Start..coding.End], UnplacedAt = at };
}
