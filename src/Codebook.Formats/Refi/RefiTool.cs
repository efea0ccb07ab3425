namespace Codebook.Formats.Refi;

/// <summary>How one tool reads a REFI-QDA project's text sources: how it counts positions, which line ends the text
/// file has, and whether it starts with a byte order mark. An export for a tool writes what that tool reads, so
/// that every selection lands on the same words there (docs/refi-qda.md says where each fact was checked).</summary>
public sealed record RefiTool(string Key, string Name, OffsetConvention Positions, bool CrLf, bool Bom)
{
    /// <summary>The standard: Unicode code points, the text as Codebook keeps it (LF), UTF-8 without a BOM.</summary>
    public static readonly RefiTool Standard = new("standard", "the REFI-QDA standard", OffsetConvention.Standard, CrLf: false, Bom: false);

    /// <summary>NVivo 12 counts UTF-16 units, CRLF as two, BOM not counted, and writes its text as UTF-8 with a BOM and CRLF.</summary>
    public static readonly RefiTool NVivo = new("nvivo", "NVivo", OffsetConvention.NVivo, CrLf: true, Bom: true);

    /// <summary>ATLAS.ti keeps CRLF in its text files and counts it as one character.</summary>
    public static readonly RefiTool AtlasTi = new("atlasti", "ATLAS.ti", OffsetConvention.AtlasTi, CrLf: true, Bom: false);

    /// <summary>MAXQDA wants CRLF in the text file and counts it as one (QualCoder's "line ending for MAXQDA" export).</summary>
    public static readonly RefiTool Maxqda = new("maxqda", "MAXQDA", OffsetConvention.AtlasTi, CrLf: true, Bom: true);

    /// <summary>QualCoder counts code points of its text with LF line ends and writes UTF-8 with a BOM.</summary>
    public static readonly RefiTool QualCoder = new("qualcoder", "QualCoder", OffsetConvention.Standard, CrLf: false, Bom: true);

    public static IReadOnlyList<RefiTool> All { get; } = [Standard, NVivo, AtlasTi, Maxqda, QualCoder];

    public static IEnumerable<string> Keys => All.Select(t => t.Key);

    public static RefiTool? Of(string? key) => All.FirstOrDefault(t => t.Key.Equals(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>The tool a file came from: the one its <c>origin</c> names, else the one whose counting its positions
    /// were read with, else the standard.</summary>
    public static RefiTool Detect(string? origin, OffsetConvention read)
    {
        if (origin is not null)
        {
            if (origin.Contains("NVivo", StringComparison.OrdinalIgnoreCase)) return NVivo;
            if (origin.Contains("ATLAS", StringComparison.OrdinalIgnoreCase)) return AtlasTi;
            if (origin.Contains("MAXQDA", StringComparison.OrdinalIgnoreCase)) return Maxqda;
            if (origin.Contains("QualCoder", StringComparison.OrdinalIgnoreCase)) return QualCoder;
        }
        return read == OffsetConvention.NVivo ? NVivo : read == OffsetConvention.AtlasTi ? AtlasTi : Standard;
    }

    /// <summary>The tool a project's transcripts were read from, when they all came from one; else the standard.</summary>
    public static RefiTool ImportedFrom(IEnumerable<Codebook.Core.Model.Transcript> transcripts) =>
        transcripts.Select(t => t.Exchange?.Tool).Distinct().ToList() is [{ } key] ? Of(key) ?? Standard : Standard;

    /// <summary>Our text (LF line ends) as the tool's text file holds it.</summary>
    public string TextOf(string text) => CrLf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text;
}
