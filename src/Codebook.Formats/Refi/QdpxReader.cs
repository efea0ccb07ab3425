using System.Text;
using System.Xml;
using System.Xml.Linq;
using Codebook.Core.Exchange;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>Reads a REFI-QDA <c>.qdpx</c> from any tool into a project's content: text sources as transcripts,
/// cases and their variables, the codebook, text selections' codings with their coders, and notes as memos. It finds
/// how the file counts positions (<see cref="OffsetDetector"/>) and reports what it could not bring in. Nothing is
/// written: the caller commits the result, or nothing when this throws.</summary>
public sealed partial class QdpxReader
{
    private readonly string _where;
    private readonly XElement _root;
    private readonly QdpxArchive _archive;
    private readonly string _importer;
    private readonly DateTime _now;
    private readonly RefiReport _report = new();
    private readonly Dictionary<string, string> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userGuids = new(StringComparer.Ordinal);
    private readonly CoderFrom? _coderFrom;

    private QdpxReader(string where, QdpxArchive archive, string importer, DateTime now, CoderFrom? coderFrom)
    {
        _coderFrom = coderFrom;
        _where = $"{where}/{archive.ProjectEntry}";
        _archive = archive;
        _importer = importer;
        _now = now;
        _root = RefiXml.Load(new MemoryStream(archive.Project), _where).Root!;
        if (_root.Name.LocalName != "Project")
            throw RefiXml.Bad(_where, $"the root element is <{_root.Name.LocalName}>, not <Project>", "a .qdpx holds a REFI-QDA project export");
    }

    /// <summary>The project in a file; <paramref name="coderFrom"/> says whose <c>creatingUser</c> names a coding's
    /// coder, or null to let the file decide (<see cref="CoderRule"/>).</summary>
    public static (ProjectContent Content, RefiReport Report) Read(string path, string importer, DateTime now, CoderFrom? coderFrom = null)
    {
        using var stream = RefiFile.Open(path);
        return Read(stream, Path.GetFileName(path), importer, now, coderFrom);
    }

    public static (ProjectContent Content, RefiReport Report) Read(Stream stream, string where, string importer, DateTime now, CoderFrom? coderFrom = null)
    {
        var reader = new QdpxReader(where, QdpxArchive.Read(stream, where), importer, now, coderFrom);
        return (reader.Content(), reader._report);
    }

    private ProjectContent Content()
    {
        foreach (var user in _root.Child("Users")?.Children("User") ?? [])
        {
            if (user.GuidOf() is not { } guid) continue;
            var name = user.Attr("name") ?? user.Attr("id") ?? guid;
            _users[guid] = name;
            _userGuids.TryAdd(name, user.RawGuid()!);
        }
        var (themes, themeOfGuid) = CodeElements.Read(_root.Child("CodeBook")?.Child("Codes"), _where, _report);
        var sources = Sources(themeOfGuid);
        var cases = Cases(sources);
        var memos = Memos(sources, themeOfGuid);
        foreach (var name in new[] { "Links", "Sets", "Graphs" })
        {
            if (_root.Child(name) is { } left) _report.Add($"{left.Elements().Count()} {name.ToLowerInvariant()}: Codebook has no {name.ToLowerInvariant()}");
        }
        return new ProjectContent(
            _root.Attr("name") ?? "imported project",
            Date(_root.Attr("creationDateTime")),
            UserName(_root.GuidOf("creatingUserGUID")),
            sources.Select(s => s.Transcript).ToList(),
            cases,
            themes,
            sources.SelectMany(s => s.Codings).ToList(),
            memos);
    }

    private string UserName(string? guid) => guid is not null && _users.TryGetValue(guid, out var name) ? name : _importer;

    private DateTime Date(string? text)
    {
        if (text is null) return _now;
        try
        {
            return XmlConvert.ToDateTime(text, XmlDateTimeSerializationMode.Utc);
        }
        catch (FormatException)
        {
            return _now;
        }
    }

    /// <summary>The text of a source or note: inline, or the internal file it points to (UTF-8, as the standard says).</summary>
    private string? TextOf(XElement element)
    {
        if (element.Text("PlainTextContent") is { } inline) return inline;
        if (element.Attr("plainTextPath") is not { } path) return null;
        var bytes = _archive.Source(path);
        if (bytes is null) return null;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw RefiXml.Bad($"{_where}: {path}", "the source text is not UTF-8", "REFI-QDA text sources are UTF-8; export the project again", e);
        }
    }

    private static string Unique(string name, HashSet<string> taken, string fallback)
    {
        var id = Slug.From(name) is { Length: > 0 } slug ? slug : fallback;
        var unique = id;
        for (var n = 2; !taken.Add(unique); n++) unique = $"{id}-{n}";
        return unique;
    }
}
