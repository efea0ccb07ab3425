namespace Codebook.Formats.Refi;

/// <summary>How a tool counts selection positions in a text source. The standard says Unicode code points from 0;
/// NVivo counts UTF-16 code units, ATLAS.ti counts a CRLF line end as one character. Ends are exclusive everywhere.</summary>
public sealed record OffsetConvention(string Name, bool Utf16Units, bool CrLfAsOne)
{
    public static readonly OffsetConvention Standard = new("Unicode code points, CRLF as two (the REFI-QDA standard)", false, false);
    public static readonly OffsetConvention NVivo = new("UTF-16 code units, CRLF as two (NVivo)", true, false);
    public static readonly OffsetConvention AtlasTi = new("Unicode code points, CRLF as one (ATLAS.ti)", false, true);
    public static readonly OffsetConvention Utf16CrLfAsOne = new("UTF-16 code units, CRLF as one", true, true);

    /// <summary>In order of preference when the text cannot tell them apart.</summary>
    public static IReadOnlyList<OffsetConvention> All { get; } = [Standard, NVivo, AtlasTi, Utf16CrLfAsOne];

    /// <summary>The convention the file's origin says it uses, if it names a tool we know.</summary>
    public static OffsetConvention? OfOrigin(string? origin) =>
        origin is null ? null
        : origin.Contains("NVivo", StringComparison.OrdinalIgnoreCase) ? NVivo
        : origin.Contains("ATLAS", StringComparison.OrdinalIgnoreCase) ? AtlasTi
        : null;

    public override string ToString() => Name;
}
