namespace Codebook.Core.Text;

/// <summary>A count with its noun for messages: "1 passage", "12 passages", "3 matches".</summary>
public static class Counted
{
    public static string Of(int count, string one, string? many = null) => $"{count} {(count == 1 ? one : many ?? one + "s")}";
}
