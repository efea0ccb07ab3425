using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Themes;

public sealed partial class ThemeService
{
    /// <summary>Sets the colour, #RRGGBB (stored in upper case).</summary>
    public Theme Recolour(string id, string color)
    {
        var theme = store.RequireTheme(id);
        var before = theme.Color;
        theme.Color = RequireColor(color);
        store.Commit(coder.Name, "theme.color", $"coloured {id} {theme.Color} (was {before ?? "none"})", changes => changes.Put(theme));
        return theme;
    }

    /// <summary>Sets the one-character shortcut key; no other theme may have it (in either case).</summary>
    public Theme SetKey(string id, string key)
    {
        var theme = store.RequireTheme(id);
        var before = theme.Key;
        theme.Key = RequireFreeKey(store.Themes(), theme.Id, key);
        store.Commit(coder.Name, "theme.key", $"gave {id} the key '{key}' (was {(before is null ? "none" : $"'{before}'")})", changes => changes.Put(theme));
        return theme;
    }

    /// <summary>Sets the review status and adds a review, with the comment if any, to the theme's list of reviews.</summary>
    public Theme Review(string id, ReviewStatus status, string? comment = null)
    {
        var theme = store.RequireTheme(id);
        var review = new ThemeReview
        {
            Status = status,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            Coder = coder.Name,
            At = clock.UtcNow,
        };
        theme.Status = status;
        theme.Reviews.Add(review);
        var summary = $"marked {id} {ThemeRules.StatusName(status)}" + (review.Comment is null ? "" : $": \"{Excerpt.Of(review.Comment)}\"");
        store.Commit(coder.Name, "theme.status", summary, changes => changes.Put(theme));
        return theme;
    }

    /// <summary>The review statuses and comments given to a theme, oldest first.</summary>
    public IReadOnlyList<ThemeReview> Reviews(string id) => store.RequireTheme(id).Reviews;
}
