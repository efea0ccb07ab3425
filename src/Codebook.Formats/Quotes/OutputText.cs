using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Codebook.Formats.Quotes;

/// <summary>The text of an export as a reader of the file would find it, piece by piece with where each piece is:
/// the file's name; the lines of a text file (Markdown, CSV); for a zip (.docx, .qdpx) each entry's name, each
/// paragraph of a Word part, each attribute and text of an XML part, each line of a text part. What a check for
/// real names left over reads (<c>RealNameScan</c>).</summary>
public static partial class OutputText
{
    public static IEnumerable<(string Place, string Text)> Of(string fileName, byte[] content)
    {
        yield return ("the file name", fileName);
        var pieces = IsZip(content) ? Zip(fileName, content) : Lines(fileName, Encoding.UTF8.GetString(content));
        foreach (var piece in pieces) yield return piece;
    }

    private static bool IsZip(byte[] content) => content.Length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;

    private static IEnumerable<(string, string)> Lines(string place, string text) =>
        text.Split('\n').Select((line, i) => ($"{place}, line {i + 1}", line));

    private static IEnumerable<(string, string)> Zip(string fileName, byte[] content)
    {
        using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        var pieces = new List<(string, string)>();
        foreach (var entry in zip.Entries)
        {
            var place = $"{fileName}: {entry.FullName}";
            pieces.Add(($"{place} (its name)", WithoutGuids(entry.FullName)));
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var text = reader.ReadToEnd();
            var extension = Path.GetExtension(entry.FullName).ToLowerInvariant();
            pieces.AddRange(extension is ".xml" or ".qde" or ".rels" ? Xml(place, text) : Lines(place, text));
        }
        return pieces;
    }

    /// <summary>Each attribute value and each text; a Word paragraph (<c>w:p</c>) whole, since a name may be split
    /// across its runs.</summary>
    private static IEnumerable<(string, string)> Xml(string place, string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var document = XDocument.Load(reader);
        int paragraph = 0;
        foreach (var element in document.Descendants())
        {
            var name = element.Name.LocalName;
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                yield return ($"{place}, <{name} {attribute.Name.LocalName}>", WithoutGuids(attribute.Value));
            }
            if (name == "p") yield return ($"{place}, paragraph {++paragraph}", element.Value);
            else if (!element.Ancestors().Any(a => a.Name.LocalName == "p") && element.Nodes().OfType<XText>().Any())
            {
                yield return ($"{place}, <{name}>", string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value)));
            }
        }
    }

    /// <summary>GUIDs are hexadecimal digits that may spell a short name ("ada"): they are not text.</summary>
    private static string WithoutGuids(string text) => Guid().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
