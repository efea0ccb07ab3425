using System.Xml.Linq;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>The theme tree as nested <c>Code</c> elements, the same in a <c>.qdc</c> codebook and in a project.</summary>
internal static class CodeElements
{
    /// <summary>The GUID a theme's code has: the one it had in the file it came from, else the one its id gives.</summary>
    public static string GuidOf(Theme theme) => theme.Exchange?.Guid is { Length: > 0 } guid ? guid : RefiGuid.OfTheme(theme.Id);

    /// <summary>The <c>Codes</c> element; <paramref name="notes"/> adds elements (a project's <c>NoteRef</c>s) after a code's description.</summary>
    public static XElement Write(XNamespace ns, IReadOnlyList<Theme> themes, Func<Theme, IEnumerable<XElement>>? notes = null)
    {
        var ids = themes.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var children = themes.ToLookup(t => t.ParentId is { } parent && ids.Contains(parent) ? parent : "");
        IEnumerable<XElement> Level(string parent) =>
            children[parent].OrderBy(t => t.Order).ThenBy(t => t.Id, StringComparer.Ordinal).Select(theme => new XElement(ns + "Code",
                new XAttribute("guid", GuidOf(theme)),
                new XAttribute("name", theme.Exchange?.Name is { } name && name.Trim() == theme.Label ? name : theme.Label),
                new XAttribute("isCodable", "true"),
                theme.Color is { } color && ThemeRules.IsColor(color) ? new XAttribute("color", color.ToUpperInvariant()) : null,
                ThemeDescription.Write(theme) is { Length: > 0 } description ? new XElement(ns + "Description", description) : null,
                notes?.Invoke(theme),
                Level(theme.Id)));
        return new XElement(ns + "Codes", Level(""));
    }

    /// <summary>Themes from a <c>Codes</c> element, with the theme id each code's GUID stands for. A code whose GUID
    /// is one of <paramref name="known"/> themes' (ours, or one read from that tool before) takes that theme's id.</summary>
    public static (List<Theme> Themes, Dictionary<string, string> ThemeOfGuid) Read(XElement? codes, string where, RefiReport report, IReadOnlyList<Theme>? known = null)
    {
        var knownIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in known ?? []) knownIds.TryAdd(RefiXml.Normalised(GuidOf(theme)), theme.Id);
        var themes = new List<Theme>();
        var themeOfGuid = new Dictionary<string, string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        void Level(XElement parent, string? parentId)
        {
            var order = 0;
            foreach (var code in parent.Children("Code"))
            {
                var name = code.Attr("name");
                var label = name?.Trim() is { Length: > 0 } trimmed ? trimmed : "(unnamed)";
                var guid = code.GuidOf() ?? throw RefiXml.Bad(RefiXml.At(where, code), "a code has no guid", "export the codebook again from its tool");
                var description = code.Text("Description");
                var theme = new Theme { Label = label, ParentId = parentId, Order = order++, Color = Colour(code.Attr("color"), name, report) };
                var named = ThemeDescription.Read(description, theme);
                var slug = Slug.From(label);
                var id = named ?? knownIds.GetValueOrDefault(guid) ?? IdOfOurGuid(guid, slug) ?? slug;
                theme.Id = Unique(id, taken);
                if (RefiGuid.OfTheme(theme.Id) != guid) theme.Exchange = new ExchangeCode { Guid = code.RawGuid()!, Name = name ?? "", Description = description };
                if (!themeOfGuid.TryAdd(guid, theme.Id)) throw RefiXml.Bad(RefiXml.At(where, code), $"two codes have the guid {guid}", "export the codebook again from its tool");
                themes.Add(theme);
                Level(code, theme.Id);
            }
        }
        if (codes is not null) Level(codes, null);
        return (themes, themeOfGuid);
    }

    /// <summary>The id whose GUID a code has, when the code is ours and its id is some of its label's words in order
    /// ("quantification" for "Quantification and reporting"): tried for every such choice of words, which a GUID
    /// derived from an id makes certain. Null for any other code.</summary>
    private static string? IdOfOurGuid(string guid, string slug)
    {
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords) return null;
        for (var mask = (1 << words.Length) - 1; mask > 0; mask--)
        {
            var id = string.Join('-', words.Where((_, i) => (mask & (1 << i)) != 0));
            if (RefiGuid.OfTheme(id) == guid) return id;
        }
        return null;
    }

    /// <summary>At most 2^12 GUIDs to try for one code.</summary>
    private const int MaxWords = 12;

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
