using System.Xml;
using System.Xml.Linq;
using Codebook.Core.Exchange;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>The elements of <c>project.qde</c>, in the order the schema wants them. Sources, codes and users read
/// from another tool keep their GUIDs and names; the rest get GUIDs derived from our ids (<see cref="RefiGuid"/>).</summary>
internal sealed class ProjectElements(ProjectContent project, RefiGuid guids, RefiTool tool)
{
    private static readonly XNamespace Ns = RefiXml.Project;
    private readonly ILookup<(MemoTarget, string), Memo> _memos = project.Memos.ToLookup(m => (m.Target, m.TargetId));
    private readonly Dictionary<string, string> _themeGuids = project.Themes.ToDictionary(t => t.Id, CodeElements.GuidOf, StringComparer.Ordinal);
    private readonly Dictionary<string, string> _userGuids = UserGuids(project.Transcripts);

    public XElement Project() => new(Ns + "Project",
        new XAttribute("name", project.Name),
        new XAttribute("origin", RefiXml.Origin),
        new XAttribute("creatingUserGUID", User(project.CreatedBy)),
        new XAttribute("creationDateTime", Stamp(project.CreatedAt)),
        Users(),
        project.Themes.Count == 0 ? null : new XElement(Ns + "CodeBook", CodeElements.Write(Ns, project.Themes, t => NoteRefs(MemoTarget.Theme, t.Id))),
        Variables(),
        Cases(),
        project.Transcripts.Count == 0 ? null : new XElement(Ns + "Sources", project.Transcripts.Select(Source)),
        project.Memos.Count == 0 ? null : new XElement(Ns + "Notes", project.Memos.Select(Note)),
        NoteRefs(MemoTarget.Project, ""));

    /// <summary>The GUID of a transcript's source, which also names its text file.</summary>
    public string SourceGuid(Transcript transcript) => transcript.Exchange?.Guid is { Length: > 0 } guid ? guid : guids.Of("transcript", transcript.Id);

    private static Dictionary<string, string> UserGuids(IEnumerable<Transcript> transcripts)
    {
        var users = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, guid) in transcripts.SelectMany(t => t.Exchange?.Users ?? [])) users.TryAdd(name, guid);
        return users;
    }
    private XElement Users()
    {
        var names = new[] { project.CreatedBy }
            .Concat(project.Transcripts.Select(t => t.ImportedBy))
            .Concat(project.Codings.Select(c => c.Coder))
            .Concat(project.Memos.Select(m => m.Author))
            .Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new XElement(Ns + "Users", names.Select(name => new XElement(Ns + "User", new XAttribute("guid", User(name)), new XAttribute("name", name))));
    }

    private IEnumerable<string> AttributeNames() =>
        project.Cases.SelectMany(c => c.Attributes.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private XElement? Variables() => !AttributeNames().Any() ? null : new XElement(Ns + "Variables",
        AttributeNames().Select(name => new XElement(Ns + "Variable",
            new XAttribute("guid", guids.Of("variable", name)), new XAttribute("name", name), new XAttribute("typeOfVariable", "Text"))));

    /// <summary>A case's id is its REFI name, so that it comes back the same; its display name, when different, is the description.</summary>
    private XElement? Cases() => project.Cases.Count == 0 ? null : new XElement(Ns + "Cases", project.Cases.Select(@case => new XElement(Ns + "Case",
        new XAttribute("guid", guids.Of("case", @case.Id)),
        new XAttribute("name", @case.Id),
        @case.Name.Length > 0 && @case.Name != @case.Id ? new XElement(Ns + "Description", @case.Name) : null,
        @case.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new XElement(Ns + "VariableValue",
            new XElement(Ns + "VariableRef", new XAttribute("targetGUID", guids.Of("variable", a.Key))),
            new XElement(Ns + "TextValue", a.Value))),
        project.Transcripts.Where(t => t.CaseId == @case.Id).Select(t => new XElement(Ns + "SourceRef", new XAttribute("targetGUID", SourceGuid(t)))))));

    private XElement Source(Transcript transcript)
    {
        var guid = SourceGuid(transcript);
        var name = transcript.Exchange?.Name is { Length: > 0 } exchanged ? exchanged : transcript.Id;
        var positions = new ToolPositions(transcript.Text, tool);
        return new XElement(Ns + "TextSource",
            new XAttribute("guid", guid),
            new XAttribute("name", name),
            new XAttribute("plainTextPath", $"internal://{guid}.txt"),
            Creation(transcript.ImportedBy, transcript.ImportedAt),
            transcript.Title.Length > 0 && transcript.Title != name ? new XElement(Ns + "Description", transcript.Title) : null,
            Selections(transcript).Select(selection => Selection(selection, positions)),
            NoteRefs(MemoTarget.Transcript, transcript.Id));
    }

    /// <summary>The transcript's codings as selections: those read from one selection (same GUID, same span) go back
    /// as that selection; every other coding is a selection of its own.</summary>
    private IEnumerable<(string Guid, IReadOnlyList<Coding> Codings)> Selections(Transcript transcript)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in project.Codings.Where(c => c.TranscriptId == transcript.Id).GroupBy(c => (c.SelectionGuid, c.Start, c.End)))
        {
            if (group.Key.SelectionGuid is { } kept && taken.Add(kept)) yield return (kept, group.ToList());
            else foreach (var coding in group) yield return (guids.Of("selection", coding.Id), [coding]);
        }
    }

    private XElement Selection((string Guid, IReadOnlyList<Coding> Codings) selection, ToolPositions positions)
    {
        var first = selection.Codings[0];
        return new XElement(Ns + "PlainTextSelection",
            new XAttribute("guid", selection.Guid),
            new XAttribute("startPosition", positions.Of(first.Start)),
            new XAttribute("endPosition", positions.Of(first.End)),
            Creation(first.Coder, first.CreatedAt),
            first.Memo is { } memo ? new XElement(Ns + "Description", memo) : null,
            selection.Codings.Select(coding => new XElement(Ns + "Coding",
                new XAttribute("guid", guids.Of("coding", coding.Id)),
                Creation(coding.Coder, coding.CreatedAt),
                new XElement(Ns + "CodeRef", new XAttribute("targetGUID", _themeGuids.GetValueOrDefault(coding.ThemeId) ?? RefiGuid.OfTheme(coding.ThemeId))),
                NoteRefs(MemoTarget.Coding, coding.Id))));
    }

    private XElement Note(Memo memo) => new(Ns + "Note",
        new XAttribute("guid", guids.Of("memo", memo.Id)),
        new XAttribute("name", memo.Id),
        Creation(memo.Author, memo.CreatedAt),
        new XElement(Ns + "PlainTextContent", memo.Text));

    private IEnumerable<XElement> NoteRefs(MemoTarget target, string id) =>
        _memos[(target, id)].Select(m => new XElement(Ns + "NoteRef", new XAttribute("targetGUID", guids.Of("memo", m.Id))));

    private XAttribute[] Creation(string user, DateTime at) =>
        user.Length == 0 ? [new XAttribute("creationDateTime", Stamp(at))]
            : [new XAttribute("creatingUser", User(user)), new XAttribute("creationDateTime", Stamp(at))];

    private string User(string name) => _userGuids.GetValueOrDefault(name) ?? guids.Of("user", name);

    private static string Stamp(DateTime at) => XmlConvert.ToString(DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
