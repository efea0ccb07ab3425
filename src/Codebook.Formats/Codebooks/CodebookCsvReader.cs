using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Formats.Transcripts;
using CsvHelper;

namespace Codebook.Formats.Codebooks;

/// <summary>Reads a codebook from CSV: Taguette's (a <c>tag</c> column holding <c>parent/child</c> paths, an optional
/// <c>description</c>), QualCoder's or a spreadsheet's with the same columns, or ours with its extra columns
/// (<see cref="CodebookCsv"/>). A parent named only in a child's path becomes a theme of its own. Any fault is an
/// error naming the line, and nothing is returned.</summary>
public static class CodebookCsvReader
{
    public static IReadOnlyList<Theme> Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodebookException(ErrorCode.BadCodebook, $"cannot read the file: {e.Message}", path, "check the path", e);
        }
        return Parse(bytes, Path.GetFileName(path));
    }

    public static IReadOnlyList<Theme> Parse(byte[] bytes, string file)
    {
        var text = TextDecoder.Decode(file, bytes).Text;
        using var csv = CsvReader.Create(new StringReader(text), new CsvReaderOptions
        {
            Separator = ',', TrackLineNumbers = true, MalformedData = CsvMalformedDataHandling.Throw,
        });
        var rows = new List<Row>();
        try
        {
            var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var tagColumns = CodebookCsv.TagNames.Where(headers.Contains).ToList();
            if (tagColumns.Count != 1)
            {
                throw Bad(file, 1, tagColumns.Count == 0
                    ? $"the header has no '{CodebookCsv.Tag}' column (it has: {string.Join(", ", headers)})"
                    : $"the header has several columns that could hold the theme ({string.Join(", ", tagColumns)})",
                    "a codebook in CSV has a 'tag' column with each theme's path (parent/child), and may have 'description'");
            }
            int Column(params string[] names) => names.Select(n => headers.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
            var columns = new Columns(Column(tagColumns[0]), Column(CodebookCsv.DescriptionNames),
                CodebookCsv.Ours.ToDictionary(n => n, n => Column(n), StringComparer.Ordinal));
            while (csv.Read())
            {
                string Field(int index) => index >= 0 && index < csv.FieldCount ? csv.GetString(index).Trim() : "";
                if (Enumerable.Range(0, csv.FieldCount).All(i => csv.GetString(i).Trim().Length == 0)) continue;
                rows.Add(new Row(csv.LineNumber, Field(columns.Tag), Field(columns.Description), columns.Ours[CodebookCsv.Parent] >= 0,
                    columns.Ours.ToDictionary(c => c.Key, c => Field(c.Value), StringComparer.Ordinal)));
            }
        }
        catch (CsvFormatException e)
        {
            throw new CodebookException(ErrorCode.BadCodebook, $"the CSV is malformed: {e.Message}", file,
                "check the quotes: a field with a comma, a quote or a line break is written in double quotes, its quotes doubled", e);
        }
        if (rows.Count == 0) throw Bad(file, 1, "the file has no themes", "add a row per theme under the header");
        return Themes(rows, file);
    }

    private static List<Theme> Themes(List<Row> rows, string file)
    {
        var themes = new List<Theme>();
        var byPath = new Dictionary<string, Theme>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        Theme Add(string label, Theme? parent, string? id, long line)
        {
            id = id is { Length: > 0 } ? id : Slug.From(label);
            if (!ThemeRules.IsId(id)) throw Bad(file, line, $"'{id}' is not a theme id", "an id is lower-case letters, digits and hyphens");
            if (!ids.Add(id)) throw Bad(file, line, $"two themes have the id '{id}'", "give each theme its own id, or leave the id column empty");
            var key = parent?.Id ?? "";
            order[key] = order.GetValueOrDefault(key) + 1;
            var theme = new Theme { Id = id, Label = label, ParentId = parent?.Id, Order = order[key] - 1 };
            themes.Add(theme);
            return theme;
        }
        foreach (var row in rows)
        {
            if (row.Tag.Length == 0) throw Bad(file, row.Line, "a row has no theme in its tag column", "give every row a theme, or delete the row");
            if (byPath.ContainsKey(row.Tag)) throw Bad(file, row.Line, $"the theme '{row.Tag}' is listed twice", "keep one row per theme");
            Theme? parent;
            string label;
            if (Parent(row, byPath, file) is { } named)
            {
                parent = named;
                label = Label(row.Tag, byPath, named);
            }
            else if (row.ByParentId)
            {
                parent = null;
                label = row.Tag;
            }
            else
            {
                // A path's ancestors are themes too, made here when no row of their own came first (Taguette lists
                // "people/family" without "people").
                parent = null;
                var segments = Segments(row.Tag);
                var path = "";
                foreach (var segment in segments.SkipLast(1))
                {
                    path = path.Length == 0 ? segment : $"{path}{CodebookCsv.PathSeparator}{segment}";
                    parent = byPath.TryGetValue(path, out var known) ? known : byPath[path] = Add(segment, parent, null, row.Line);
                }
                label = segments[^1];
            }
            var theme = byPath[row.Tag] = Add(label, parent, row.Ours[CodebookCsv.Id], row.Line);
            Fill(theme, row, file);
        }
        return themes;
    }

    /// <summary>The parent a row names by id (our own column), if any; else none, and the path says.</summary>
    private static Theme? Parent(Row row, Dictionary<string, Theme> byPath, string file)
    {
        var id = row.Ours[CodebookCsv.Parent];
        if (id.Length == 0) return null;
        return byPath.Values.FirstOrDefault(t => t.Id == id)
            ?? throw Bad(file, row.Line, $"the parent '{id}' is not a theme of an earlier row", "list a parent before its sub-themes");
    }

    /// <summary>The label of a row whose parent is named by id: its path less the parent's path.</summary>
    private static string Label(string tag, Dictionary<string, Theme> byPath, Theme parent)
    {
        var parentPath = byPath.First(p => p.Value == parent).Key + CodebookCsv.PathSeparator;
        return tag.StartsWith(parentPath, StringComparison.Ordinal) ? tag[parentPath.Length..] : Segments(tag).Last();
    }

    private static string[] Segments(string tag) =>
        tag.Split(CodebookCsv.PathSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts : [tag];

    private static void Fill(Theme theme, Row row, string file)
    {
        theme.Definition = row.Description;
        if (row.Ours[CodebookCsv.LabelFr] is { Length: > 0 } fr) theme.Labels["fr"] = fr;
        if (row.Ours[CodebookCsv.LabelEs] is { Length: > 0 } es) theme.Labels["es"] = es;
        if (row.Ours[CodebookCsv.Color] is { Length: > 0 } color)
        {
            if (!ThemeRules.IsColor(color)) throw Bad(file, row.Line, $"the colour '{color}' is not #RRGGBB", "write colours as #RRGGBB, e.g. #922B21");
            theme.Color = color.ToUpperInvariant();
        }
        if (row.Ours[CodebookCsv.Key] is { Length: > 0 } key)
        {
            if (!ThemeRules.IsKey(key)) throw Bad(file, row.Line, $"the key '{key}' is not one letter or digit", ThemeRules.KeyHint);
            theme.Key = key;
        }
        theme.Include = Lines(row.Ours[CodebookCsv.Include]);
        theme.Exclude = Lines(row.Ours[CodebookCsv.Exclude]);
        theme.Examples = Lines(row.Ours[CodebookCsv.Examples]);
    }

    private static List<string> Lines(string cell) =>
        cell.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    private static CodebookException Bad(string file, long line, string message, string hint) =>
        new(ErrorCode.BadCodebook, message, $"{file}:{line}", hint);

    private sealed record Columns(int Tag, int Description, Dictionary<string, int> Ours);

    /// <summary>A row; with <paramref name="ByParentId"/> (our own files) the parent column, not the path, places it.</summary>
    private sealed record Row(long Line, string Tag, string Description, bool ByParentId, Dictionary<string, string> Ours);
}
