using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Formats.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Codebook.Formats.Codings;

/// <summary>Reads a codings file (docs/codings-format.md): YAML with <c>transcript</c> and <c>coder</c> for the whole
/// file and a <c>codings</c> list of entries (<c>theme</c>, <c>quote</c>, optional <c>memo</c>, and <c>transcript</c> or
/// <c>coder</c> where an entry differs). Each entry remembers its file and line for error messages.</summary>
public static class CodingFileReader
{
    private const string Hint = "see docs/codings-format.md for the layout of a codings file";
    private static readonly string[] FileKeys = ["transcript", "coder", "codings"];
    private static readonly string[] EntryKeys = ["theme", "quote", "memo", "transcript", "coder"];

    /// <summary>Reads the file at <paramref name="path"/>; errors name it as given.</summary>
    public static IReadOnlyList<QuotedCoding> Read(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        // A folder or a file without read permission is an UnauthorizedAccessException, not an IOException.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodebookException(ErrorCode.NotFound, $"cannot read the codings file: {e.Message}", path, "check the path", e);
        }
        return Parse(yaml, path);
    }

    /// <param name="file">Used only in error locations.</param>
    public static IReadOnlyList<QuotedCoding> Parse(string yaml, string file)
    {
        var root = Load(yaml, file);
        if (root is not YamlMappingNode map) throw Bad(file, root.Start, "a codings file is a mapping with a 'codings' list");
        var fields = Fields(map, FileKeys, file);
        var transcript = Text(fields, "transcript", file);
        var coder = Text(fields, "coder", file);
        if (!fields.TryGetValue("codings", out var list) || list is not YamlSequenceNode entries)
        {
            throw Bad(file, map.Start, "there is no 'codings' list");
        }
        return entries.Children.Select(entry => Entry(entry, transcript, coder, file)).ToList();
    }

    private static QuotedCoding Entry(YamlNode node, string? transcript, string? coder, string file)
    {
        if (node is not YamlMappingNode map) throw Bad(file, node.Start, "each coding is a mapping with 'theme' and 'quote'");
        var fields = Fields(map, EntryKeys, file);
        return new QuotedCoding(
            Text(fields, "transcript", file) ?? transcript ?? throw Bad(file, map.Start, "this coding names no transcript, and the file gives none"),
            Text(fields, "theme", file) ?? throw Bad(file, map.Start, "this coding has no 'theme'"),
            Text(fields, "coder", file) ?? coder,
            Text(fields, "quote", file) ?? throw Bad(file, map.Start, "this coding has no 'quote'"),
            Text(fields, "memo", file),
            $"{file}:{map.Start.Line}");
    }

    private static YamlNode Load(string yaml, string file)
    {
        YamlStream stream;
        try
        {
            stream = YamlLoader.Load(yaml);
        }
        catch (YamlException e)
        {
            throw new CodebookException(ErrorCode.BadCodings, $"not valid YAML: {e.Message}", $"{file}:{e.Start.Line}:{e.Start.Column}", Hint, e);
        }
        if (stream.Documents.Count == 0) throw new CodebookException(ErrorCode.BadCodings, "the file is empty", file, Hint);
        return stream.Documents[0].RootNode;
    }

    /// <summary>The mapping's fields by name; an unknown name is refused, since it is most likely a misspelt one.</summary>
    private static Dictionary<string, YamlNode> Fields(YamlMappingNode map, string[] known, string file)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name)) throw Bad(file, key.Start, $"unknown field '{name}' (known here: {string.Join(", ", known)})");
            fields[name] = value;
        }
        return fields;
    }

    private static string? Text(Dictionary<string, YamlNode> fields, string name, string file)
    {
        if (!fields.TryGetValue(name, out var node)) return null;
        if (node is not YamlScalarNode scalar) throw Bad(file, node.Start, $"'{name}' must be text");
        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
    }

    private static CodebookException Bad(string file, Mark at, string message) =>
        new(ErrorCode.BadCodings, message, $"{file}:{at.Line}", Hint);
}
