namespace Codebook.Core.Model;

/// <summary>Who a theme is in the REFI-QDA file it came from: the code's GUID, name and description as the other tool
/// wrote them, so that an export back to that tool matches the code it has instead of making a duplicate.</summary>
public sealed class ExchangeCode
{
    public string Guid { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The code's description exactly as read; written back while the theme's definition and rules still
    /// say the same.</summary>
    public string? Description { get; set; }
}
