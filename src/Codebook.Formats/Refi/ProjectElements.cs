using System.Xml;
using System.Xml.Linq;
using Codebook.Core.Exchange;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>The elements of <c>project.qde</c>, in the order the schema wants them.</summary>
internal sealed class ProjectElements(ProjectContent project, RefiGuid guids, IReadOnlyDictionary<string, CodePoints> texts)
{
    private static readonly XNamespace Ns = RefiXml.Project;
    private readonly ILookup<(MemoTarget, string), Memo> _memos = project.Memos.ToLookup(m => (m.Target, m.TargetId));

    public XElement Project() => new(Ns + "Project",
        new XAttribute("name", project.Name),
        new XAttribute("origin", RefiXml.Origin),
        new XAttribute("creatingUserGUID", User(project.CreatedBy)),
        new XAttribute("creationDateTime", Stamp(project.CreatedAt)),
        Users(),
        project.Themes.Count == 0 ? null : new XElement(Ns + "CodeBook", CodeElements.Write(Ns, project.Themes, guids, t => NoteRefs(MemoTarget.Theme, t.Id))),
        Variables(),
        Cases(),
        project.Transcripts.Count == 0 ? null : new XElement(Ns + "Sources", project.Transcripts.Select(Source)),
        project.Memos.Count == 0 ? null : new XElement(Ns + "Notes", project.Memos.Select(Note)),
        NoteRefs(MemoTarget.Project, ""));

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
        project.Transcripts.Where(t => t.CaseId == @case.Id).Select(t => new XElement(Ns + "SourceRef", new XAttribute("targetGUID", guids.Of("transcript", t.Id)))))));

    private XElement Source(Transcript transcript)
    {
        var guid = guids.Of("transcript", transcript.Id);
        var codePoints = texts[transcript.Id];
        return new XElement(Ns + "TextSource",
            new XAttribute("guid", guid),
            new XAttribute("name", transcript.Id),
            new XAttribute("plainTextPath", $"internal://{guid}.txt"),
            Creation(transcript.ImportedBy, transcript.ImportedAt),
            transcript.Title.Length > 0 ? new XElement(Ns + "Description", transcript.Title) : null,
            project.Codings.Where(c => c.TranscriptId == transcript.Id).Select(coding => new XElement(Ns + "PlainTextSelection",
                new XAttribute("guid", guids.Of("selection", coding.Id)),
                new XAttribute("startPosition", codePoints.Of(coding.Start)),
                new XAttribute("endPosition", codePoints.Of(coding.End)),
                Creation(coding.Coder, coding.CreatedAt),
                coding.Memo is { } memo ? new XElement(Ns + "Description", memo) : null,
                new XElement(Ns + "Coding",
                    new XAttribute("guid", guids.Of("coding", coding.Id)),
                    Creation(coding.Coder, coding.CreatedAt),
                    new XElement(Ns + "CodeRef", new XAttribute("targetGUID", guids.Of("theme", coding.ThemeId))),
                    NoteRefs(MemoTarget.Coding, coding.Id)))),
            NoteRefs(MemoTarget.Transcript, transcript.Id));
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

    private string User(string name) => guids.Of("user", name);

    private static string Stamp(DateTime at) => XmlConvert.ToString(DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc), XmlDateTimeSerializationMode.Utc);
}
