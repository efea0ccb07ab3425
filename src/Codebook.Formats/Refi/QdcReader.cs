using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>Reads a REFI-QDA <c>.qdc</c> codebook from any tool into themes: hierarchy, colours, descriptions.
/// Code sets (ATLAS.ti's code groups) have no place in a Codebook codebook and are reported, not imported. A code
/// whose GUID is one of <c>known</c> themes' comes back as that theme.</summary>
public static class QdcReader
{
    public static (IReadOnlyList<Theme> Themes, RefiReport Report) Read(string path, IReadOnlyList<Theme>? known = null)
    {
        using var stream = RefiFile.Open(path);
        return Read(stream, Path.GetFileName(path), known);
    }

    public static (IReadOnlyList<Theme> Themes, RefiReport Report) Read(Stream stream, string where, IReadOnlyList<Theme>? known = null)
    {
        var root = RefiXml.Load(stream, where).Root!;
        if (root.Name.LocalName != "CodeBook")
            throw RefiXml.Bad(where, $"the root element is <{root.Name.LocalName}>, not <CodeBook>", "a .qdc file is a REFI-QDA codebook export");
        var codes = root.Child("Codes") ?? throw RefiXml.Bad(where, "the codebook has no <Codes>", "export the codebook again from its tool");
        var report = new RefiReport();
        var (themes, _) = CodeElements.Read(codes, where, report, known);
        foreach (var set in root.Child("Sets")?.Children("Set") ?? [])
        {
            report.Add($"code set '{set.Attr("name")}' ({set.Children("MemberCode").Count()} codes): Codebook has no code sets");
        }
        return (themes, report);
    }
}
