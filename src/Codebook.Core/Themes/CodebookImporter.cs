using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Themes;

/// <summary>Brings a codebook (themes read from a file) into a project in one logged change.
/// Themes with a known id are updated, new ones added; themes the file does not mention are kept,
/// because they may carry codings. What the file cannot say (merge and split lineage, the reviews) is kept.</summary>
public sealed class CodebookImporter(IProjectStore store, Coder coder)
{
    public CodebookImportResult Import(IReadOnlyList<Theme> themes, string source)
    {
        var existing = store.Themes().ToDictionary(t => t.Id, StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            if (!existing.TryGetValue(theme.Id, out var known)) continue;
            theme.MergedFrom = known.MergedFrom;
            theme.SplitFrom = known.SplitFrom;
            theme.Reviews = known.Reviews;
        }
        var added = themes.Count(t => !existing.ContainsKey(t.Id));
        var result = new CodebookImportResult(added, themes.Count - added);
        store.Commit(coder.Name, "themes.import", $"imported the codebook {source}: {Counted.Of(result.Added, "theme")} added, {result.Updated} updated", changes =>
        {
            foreach (var theme in themes) changes.Put(theme);
        });
        return result;
    }
}
