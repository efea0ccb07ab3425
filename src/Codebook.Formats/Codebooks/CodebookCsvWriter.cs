using System.Text;
using Codebook.Core.Model;
using CsvHelper;

namespace Codebook.Formats.Codebooks;

/// <summary>A codebook as CSV that Taguette imports (<c>tag</c>, <c>description</c>), with our own columns after
/// them (<see cref="CodebookCsv"/>) so that reading it back gives the same themes. UTF-8 with a byte order mark, which
/// spreadsheet software needs to read accents right.</summary>
public static class CodebookCsvWriter
{
    /// <summary><paramref name="themes"/> in tree order (parents before their children).</summary>
    public static void Write(Stream stream, IReadOnlyList<Theme> themes)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteRecord([CodebookCsv.Tag, CodebookCsv.Description, .. CodebookCsv.Ours]);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var theme in themes)
        {
            var path = theme.ParentId is { } parent && paths.TryGetValue(parent, out var above) ? $"{above}{CodebookCsv.PathSeparator}{theme.Label}" : theme.Label;
            paths[theme.Id] = path;
            csv.WriteRecord(
            [
                path, theme.Definition, theme.Id, theme.ParentId ?? "",
                theme.Labels.GetValueOrDefault("fr") ?? "", theme.Labels.GetValueOrDefault("es") ?? "",
                theme.Color ?? "", theme.Key ?? "",
                string.Join('\n', theme.Include), string.Join('\n', theme.Exclude), string.Join('\n', theme.Examples),
            ]);
        }
    }
}
