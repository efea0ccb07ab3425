using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Codebook.Testing;

namespace Codebook.Formats.Tests.Refi;

/// <summary>The REFI-QDA material in <c>tests/data/refi-qda/</c> (schemas, real tools' exports; sources in its README).</summary>
internal static class RefiData
{
    public static string Folder { get; } = Repository.RefiQda;

    public static string Sample(string name) => Path.Combine(Folder, "samples", name);

    /// <summary>The schema's complaints about <paramref name="xml"/>, none when it is valid.</summary>
    public static List<string> SchemaErrors(Stream xml, string schema)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(null, Path.Combine(Folder, "schemas", schema));
        var errors = new List<string>();
        XDocument.Load(xml, LoadOptions.SetLineInfo).Validate(schemas, (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}"));
        return errors;
    }
}
