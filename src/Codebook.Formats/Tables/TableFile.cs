using System.Text;
using Codebook.Core.Ports;
using Codebook.Core.Tables;

namespace Codebook.Formats.Tables;

/// <summary>A result table written to a file in the format its name says: Markdown for .md, CSV otherwise.</summary>
public sealed class TableFile : ITableWriter
{
    public static bool IsMarkdown(string path) => Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown";

    /// <summary>Writes the table; CSV files start with a UTF-8 BOM, without which spreadsheets garble the accents.</summary>
    public void Write(string path, ResultTable table)
    {
        var markdown = IsMarkdown(path);
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: !markdown));
        if (markdown) MarkdownTable.Write(file, table);
        else CsvTable.Write(file, table);
    }
}
