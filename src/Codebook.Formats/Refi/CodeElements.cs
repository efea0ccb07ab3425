using System.Xml.Linq;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>The theme tree as nested <c>Code</c> elements, the same in a <c>.qdc</c> codebook and in a project.</summary>
internal static class CodeElements
{
    /// <summary>The <c>Codes</c> element; <paramref name="notes"/> adds elements (a project's <c>NoteRef</c>s) after a code's description.</summary>
    public static XElement Write(XNamespace ns, IReadOnlyList<Theme> themes, RefiGuid guids, Func<Theme, IEnumerable<XElement>>? notes = null)
    {
        var ids = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var children = themes.ToLookup(t => t.ParentId is { } parent && ids.Contains(parent) ? parent : "");
        IEnumerable<XElement> Level(string parent) =>
            children[parent].OrderBy(t => t.Order).ThenBy(t => t.Id, StringComparer.Ordinal).Select(theme => new XElement(ns + "Code",
                new XAttribute("guid", guids.Of("theme", theme.Id)),
                new XAttribute("name", theme.Label),
                new XAttribute("isCodable", "true"),
                theme.Color is { } color && ThemeRules.IsColor(color) ? new XAttribute("color", color.ToUpperInvariant()) : null,
                new XElement(ns + "Description", ThemeDescription.Write(theme)),
                notes?.Invoke(theme),
                Level(theme.Id)));
        return new XElement(ns + "Codes", Level(""));
    }

    /// <summary>Themes from a <c>Codes</c> element, with the theme id each code's GUID stands for.</summary>
    public static (List<Theme> Themes, Dictionary<string, string> ThemeOfGuid) Read(XElement? codes, string where, RefiReport report)
    {
        var themes = new List<Theme>();
        var themeOfGuid = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        void Level(XElement parent, string? parentId)
        {
            var order = 0;
            foreach (var code in parent.Children("Code"))
            {
                var name = code.Attr("name")?.Trim();
                var guid = code.GuidOf() ?? throw RefiXml.Bad(RefiXml.At(where, code), "a code has no guid", "export the codebook again from its tool");
                var theme = new Theme { Label = string.IsNullOrEmpty(name) ? "(unnamed)" : name, ParentId = parentId, Order = order++, Color = Colour(code.Attr("color"), name, report) };
                var named = ThemeDescription.Read(code.Text("Description"), theme);
                theme.Id = Unique(named ?? Slug.From(theme.Label), taken);
                if (!themeOfGuid.TryAdd(guid, theme.Id)) throw RefiXml.Bad(RefiXml.At(where, code), $"two codes have the guid {guid}", "export the codebook again from its tool");
                themes.Add(theme);
                Level(code, theme.Id);
            }
        }
        if (codes is not null) Level(codes, null);
        return (themes, themeOfGuid);
    }

    private static string Unique(string id, HashSet<string> taken)
    {
        if (id.Length == 0) id = "theme";
        var unique = id;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{id}-{n}";
        return unique;
    }

    /// <summary>#RRGGBB as our themes keep it; the short #RGB form is widened.</summary>
    private static string? Colour(string? color, string? code, RefiReport report)
    {
        if (color is null) return null;
        color = color.Trim();
        if (color.Length == 4 && color[0] == '#') color = $"#{color[1]}{color[1]}{color[2]}{color[2]}{color[3]}{color[3]}";
        if (ThemeRules.IsColor(color)) return color.ToUpperInvariant();
        report.Add($"code '{code}': colour '{color}' is not #RRGGBB; left without a colour");
        return null;
    }
}
