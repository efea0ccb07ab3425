using System.Xml.Linq;
using Codebook.Core.Ids;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

public sealed partial class QdpxReader
{
    /// <summary>Cases with their variables as attributes; a source's own variables (MAXQDA's document variables) make
    /// a case of that source when no case holds it.</summary>
    private List<Case> Cases(List<ImportedSource> sources)
    {
        var variables = (_root.Child("Variables")?.Children("Variable") ?? [])
            .Where(v => v.GuidOf() is not null && v.Attr("name") is not null)
            .GroupBy(v => v.GuidOf()!).ToDictionary(g => g.Key, g => g.First().Attr("name")!, StringComparer.Ordinal);
        var byGuid = sources.ToDictionary(s => s.Guid, s => s.Transcript, StringComparer.Ordinal);
        var cases = new List<Case>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in _root.Child("Cases")?.Children("Case") ?? [])
        {
            var name = element.Attr("name") ?? "case";
            var @case = new Case { Id = Unique(name, taken, "case"), Name = element.Text("Description")?.Trim() is { Length: > 0 } described ? described : name };
            Attributes(element, @case, variables);
            foreach (var reference in element.Children("SourceRef"))
            {
                if (reference.GuidOf("targetGUID") is { } guid && byGuid.TryGetValue(guid, out var transcript)) transcript.CaseId ??= @case.Id;
            }
            cases.Add(@case);
        }
        foreach (var source in sources.Where(s => s.Transcript.CaseId is null && s.Element.Children("VariableValue").Any()))
        {
            var @case = new Case { Id = Unique(source.Transcript.Id, taken, "case"), Name = source.Transcript.Title };
            Attributes(source.Element, @case, variables);
            source.Transcript.CaseId = @case.Id;
            cases.Add(@case);
        }
        return cases;
    }

    private void Attributes(XElement element, Case @case, Dictionary<string, string> variables)
    {
        foreach (var value in element.Children("VariableValue"))
        {
            var guid = value.Child("VariableRef")?.GuidOf("targetGUID");
            var text = value.Elements().FirstOrDefault(e => e.Name.LocalName != "VariableRef")?.Value;
            if (guid is null || !variables.TryGetValue(guid, out var name))
            {
                _report.Add($"case '{@case.Id}': a value of an undeclared variable");
                continue;
            }
            if (text is not null) @case.Attributes[name] = text;
        }
    }

    /// <summary>Notes become memos on what refers to them: the project, a source, a code, a selection or coding.
    /// A note nothing refers to becomes a project memo, so no note is lost.</summary>
    private List<Memo> Memos(List<ImportedSource> sources, Dictionary<string, string> themeOfGuid)
    {
        var notes = (_root.Child("Notes")?.Children("Note") ?? []).Where(n => n.GuidOf() is not null)
            .GroupBy(n => n.GuidOf()!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var memos = new List<Memo>();
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        void Attach(XElement holder, MemoTarget target, string targetId)
        {
            foreach (var reference in holder.Children("NoteRef"))
            {
                if (reference.GuidOf("targetGUID") is not { } guid || !notes.TryGetValue(guid, out var note)) continue;
                referenced.Add(guid);
                if (Memo(note, target, targetId, taken) is { } memo) memos.Add(memo);
            }
        }
        Attach(_root, MemoTarget.Project, "");
        foreach (var source in sources)
        {
            Attach(source.Element, MemoTarget.Transcript, source.Transcript.Id);
            foreach (var holder in source.Element.Descendants().Where(e => e.Name.LocalName is "PlainTextSelection" or "Coding"))
            {
                if (holder.GuidOf() is { } guid && source.CodingOfGuid.TryGetValue(guid, out var coding)) Attach(holder, MemoTarget.Coding, coding.Id);
            }
        }
        foreach (var code in _root.Child("CodeBook")?.Descendants().Where(e => e.Name.LocalName == "Code") ?? [])
        {
            if (code.GuidOf() is { } guid && themeOfGuid.TryGetValue(guid, out var themeId)) Attach(code, MemoTarget.Theme, themeId);
        }
        foreach (var (guid, note) in notes.Where(n => !referenced.Contains(n.Key)))
        {
            if (Memo(note, MemoTarget.Project, "", taken) is { } memo) memos.Add(memo);
        }
        return memos;
    }

    private Memo? Memo(XElement note, MemoTarget target, string targetId, HashSet<string> taken)
    {
        var text = TextOf(note)?.Replace("\r\n", "\n").Trim();
        if (string.IsNullOrEmpty(text)) text = note.Attr("name")?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return new Memo
        {
            Id = ShortId.New('m', id => !taken.Add(id)),
            Target = target,
            TargetId = targetId,
            Text = text,
            Author = UserName(note.GuidOf("creatingUser")),
            CreatedAt = Date(note.Attr("creationDateTime")),
        };
    }
}
