namespace Codebook.Core.Model;

/// <summary>A passage shortened to one line for messages and the log: whitespace collapsed, cut with an ellipsis.</summary>
public static class Excerpt
{
    public const int DefaultLength = 60;

    public static string Of(string text, int maxLength = DefaultLength)
    {
        var oneLine = string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= maxLength ? oneLine : oneLine[..(maxLength - 1)].TrimEnd() + "…";
    }
}
