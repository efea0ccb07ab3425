using System.Text;
using System.Xml;
using System.Xml.Linq;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>Writes a codebook as a REFI-QDA <c>.qdc</c> file (namespace <c>urn:QDA-XML:codebook:1.0</c>).</summary>
public static class QdcWriter
{
    public static void Write(Stream output, IReadOnlyList<Theme> themes)
    {
        var ns = RefiXml.Codebook;
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement(ns + "CodeBook", new XAttribute("origin", RefiXml.Origin), CodeElements.Write(ns, themes)));
        Save(document, output);
    }

    /// <summary>UTF-8 without a BOM, indented, LF line ends: the same bytes on every machine.</summary>
    internal static void Save(XDocument document, Stream output)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", CloseOutput = false };
        using var writer = XmlWriter.Create(output, settings);
        document.Save(writer);
    }
}
