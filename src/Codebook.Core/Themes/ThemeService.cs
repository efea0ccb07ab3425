using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Themes;

/// <summary>Changes to the codebook: each operation is one logged change that undo reverts whole, codings and memos
/// included. Split by concern: the tree here, merge and split, delete, and the theme's look and review.</summary>
public sealed partial class ThemeService(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>Adds a theme at the end of its siblings. The id must be new, the parent must exist.</summary>
    public Theme Add(string id, string label, string? parentId = null, string? color = null, string? key = null)
    {
        var themes = store.Themes();
        RequireNewId(themes, id);
        var theme = new Theme
        {
            Id = id,
            Label = RequireLabel(label),
            ParentId = parentId is null ? null : store.RequireTheme(parentId).Id,
            Color = color is null ? null : RequireColor(color),
            Key = key is null ? null : RequireFreeKey(themes, id, key),
            Order = NextOrder(themes, parentId),
        };
        store.Commit(coder.Name, "theme.add", $"added theme {id} \"{theme.Label}\"{Under(theme.ParentId)}", changes => changes.Put(theme));
        return theme;
    }

    /// <summary>Changes the label and, for each language given, the label in that language (an empty one removes it).</summary>
    public Theme Rename(string id, string? label, IReadOnlyDictionary<string, string>? labels = null)
    {
        var theme = store.RequireTheme(id);
        labels ??= new Dictionary<string, string>();
        if (label is null && labels.Count == 0)
        {
            throw new CodebookException(ErrorCode.Usage, "say the new label", id, new ErrorHint(HintKind.RenameThemeExample));
        }
        var before = theme.Label;
        if (label is not null) theme.Label = RequireLabel(label);
        foreach (var (language, text) in labels)
        {
            if (string.IsNullOrWhiteSpace(text)) theme.Labels.Remove(language);
            else theme.Labels[language] = text.Trim();
        }
        var summary = before == theme.Label ? $"re-labelled {id} ({string.Join(", ", labels.Keys)})" : $"renamed {id} \"{before}\" to \"{theme.Label}\"";
        store.Commit(coder.Name, "theme.rename", summary, changes => changes.Put(theme));
        return theme;
    }

    /// <summary>Puts a theme (with everything below it) under another theme, or at the top when
    /// <paramref name="parentId"/> is null. Moving a theme under itself or one of its descendants is refused.</summary>
    public Theme Move(string id, string? parentId)
    {
        var themes = store.Themes();
        var theme = store.RequireTheme(id);
        if (parentId is not null)
        {
            var parent = store.RequireTheme(parentId);
            if (new ThemeTree(themes).WithDescendants(theme).Any(t => t.Id == parent.Id))
            {
                throw new CodebookException(ErrorCode.ThemeCycle, $"cannot move {id} under {parentId}: {parentId} is {(parentId == id ? "the theme itself" : $"below {id}")}",
                    id, $"move {parentId} out first, or choose another parent");
            }
        }
        var before = theme.ParentId;
        theme.ParentId = parentId;
        theme.Order = NextOrder(themes, parentId);
        store.Commit(coder.Name, "theme.move", $"moved {id} from {Place(before)} to {Place(parentId)}", changes => changes.Put(theme));
        return theme;
    }

    private static void RequireNewId(IReadOnlyList<Theme> themes, string id)
    {
        if (!ThemeRules.IsId(id)) throw new CodebookException(ErrorCode.Usage, $"'{id}' is not a theme id", id, ThemeRules.IdHint);
        if (themes.Any(t => t.Id == id))
        {
            throw new CodebookException(ErrorCode.IdConflict, $"there is already a theme '{id}'", id, new ErrorHint(HintKind.ThemeIdTaken));
        }
    }

    private static string RequireLabel(string label) => string.IsNullOrWhiteSpace(label)
        ? throw new CodebookException(ErrorCode.Usage, "the label is empty", null, "give the theme a label people can read")
        : label.Trim();

    private static string RequireColor(string color) => ThemeRules.IsColor(color)
        ? color.ToUpperInvariant()
        : throw new CodebookException(ErrorCode.Usage, $"'{color}' is not a colour", color, ThemeRules.ColorHint);

    private static string RequireFreeKey(IReadOnlyList<Theme> themes, string id, string key)
    {
        if (!ThemeRules.IsKey(key)) throw new CodebookException(ErrorCode.Usage, $"'{key}' is not a shortcut key", key, ThemeRules.KeyHint);
        if (themes.FirstOrDefault(t => t.Id != id && ThemeRules.SameKey(t.Key, key)) is { } owner)
        {
            throw new CodebookException(ErrorCode.KeyTaken, $"the key '{key}' is already {owner.Id}'s", id, "choose another key, or change that theme's first");
        }
        return key;
    }

    private static int NextOrder(IReadOnlyList<Theme> themes, string? parentId) =>
        themes.Where(t => t.ParentId == parentId).Select(t => t.Order + 1).DefaultIfEmpty(0).Max();

    private static string Place(string? parentId) => parentId is null ? "the top" : $"under {parentId}";

    private static string Under(string? parentId) => parentId is null ? "" : $" under {parentId}";
}
