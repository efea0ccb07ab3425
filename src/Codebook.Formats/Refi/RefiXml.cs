using System.Xml;
using System.Xml.Linq;
using Codebook.Core.Errors;

namespace Codebook.Formats.Refi;

/// <summary>Reading and writing the XML of REFI-QDA files. Foreign files are read without DTDs, entities or
/// resolvers, with a bound on their size and on every attribute, and elements are matched by local name because
/// tools disagree on the namespace (ATLAS.ti writes <c>urn:QDA-XML:codebook:0:4</c> in some exports).</summary>
internal static class RefiXml
{
    public static readonly XNamespace Project = "urn:QDA-XML:project:1.0";
    public static readonly XNamespace Codebook = "urn:QDA-XML:codebook:1.0";
    public const string Origin = "Codebook 0.1";

    public const long MaxCharacters = 256L * 1024 * 1024;
    public const int MaxAttributeLength = 64 * 1024;

    public static XDocument Load(Stream stream, string where)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 1024,
            CloseInput = false,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw Bad(where, "the file declares a DTD or entities, which Codebook does not read from foreign files", "export the file again from its tool", e);
        }
        // .NET's XML reader fails on some broken declarations with an ArgumentOutOfRangeException (found by fuzzing).
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw Bad(where, $"the XML is damaged: {e.Message}", "export the file again from its tool; it may have been truncated in transfer", e);
        }
        catch (XmlException e)
        {
            throw Bad($"{where}:{e.LineNumber}:{e.LinePosition}", $"the XML is damaged or cut short: {e.Message}", "export the file again from its tool; it may have been truncated in transfer", e);
        }
        foreach (var attribute in document.Descendants().SelectMany(e => e.Attributes()))
        {
            if (attribute.Value.Length > MaxAttributeLength)
            {
                throw Bad(At(where, attribute.Parent!), $"the attribute '{attribute.Name.LocalName}' is {attribute.Value.Length:N0} characters long, more than a REFI-QDA file needs",
                    "this does not look like an export of an analysis tool");
            }
        }
        return document;
    }

    public static IEnumerable<XElement> Children(this XElement element, string localName) =>
        element.Elements().Where(e => e.Name.LocalName == localName);

    public static XElement? Child(this XElement element, string localName) => element.Children(localName).FirstOrDefault();

    public static string? Text(this XElement element, string localName) => element.Child(localName)?.Value;

    public static string? Attr(this XElement element, string name) => element.Attribute(name)?.Value;

    /// <summary>GUIDs compare without braces or case: tools write both <c>{...}</c> and bare, upper and lower case.</summary>
    public static string? GuidOf(this XElement element, string name = "guid") =>
        element.Attr(name) is { } guid ? Normalised(guid) : null;

    public static string Normalised(string guid) => guid.Trim().Trim('{', '}').ToLowerInvariant();

    /// <summary>A GUID as the tool wrote it (its case kept, braces dropped as the schema wants), to write it back the same.</summary>
    public static string? RawGuid(this XElement element, string name = "guid") => element.Attr(name)?.Trim().Trim('{', '}');

    public static string At(string where, XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? $"{where}:{info.LineNumber}:{info.LinePosition}" : where;

    public static CodebookException Bad(string where, string message, string hint, Exception? inner = null) =>
        new(ErrorCode.BadExchangeFile, message, where, hint, inner);
}
