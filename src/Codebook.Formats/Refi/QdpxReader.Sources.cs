using System.Text;
using System.Xml.Linq;
using Codebook.Core.Errors;
using Codebook.Core.Ids;
using Codebook.Core.Model;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Refi;

public sealed partial class QdpxReader
{
    private List<ImportedSource> Sources(Dictionary<string, string> themeOfGuid)
    {
        var texts = new List<(XElement Element, SourceText Text)>();
        foreach (var element in _root.Child("Sources")?.Elements() ?? [])
        {
            var name = element.Attr("name") ?? element.GuidOf() ?? "?";
            if (element.Name.LocalName != "TextSource")
            {
                _report.Add($"source '{name}': Codebook reads text sources only, not {element.Name.LocalName}");
                continue;
            }
            if (TextOf(element) is not { } text)
            {
                _report.Add($"source '{name}': its text is neither in the project nor in the archive ({element.Attr("plainTextPath")})");
                continue;
            }
            texts.Add((element, new SourceText(text)));
        }
        var selections = texts.SelectMany(t => t.Element.Children("PlainTextSelection").Select(s => new OffsetDetector.Selection(t.Text, Position(s, "startPosition"), Position(s, "endPosition")))).ToList();
        var convention = OffsetDetector.Detect(selections, _root.Attr("origin"), _report);
        _report.Tool = RefiTool.Detect(_root.Attr("origin"), convention);
        var coderFrom = CoderRule(texts.SelectMany(t => t.Element.Children("PlainTextSelection")).ToList());

        var sources = new List<ImportedSource>();
        var transcriptIds = new HashSet<string>(StringComparer.Ordinal);
        var codingIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (element, text) in texts)
        {
            if (Transcript(element, text, transcriptIds) is not { } transcript) continue;
            var source = new ImportedSource(element.GuidOf() ?? transcript.Id, element, transcript);
            foreach (var selection in element.Children("PlainTextSelection")) Codings(source, selection, text, convention, coderFrom, themeOfGuid, codingIds);
            if (element.Children("Coding").Count() is var whole and > 0)
                _report.Add($"source '{transcript.Id}': {whole} codings of the whole source (Codebook codes passages)");
            sources.Add(source);
        }
        return sources;
    }

    private Transcript? Transcript(XElement element, SourceText text, HashSet<string> taken)
    {
        var name = element.Attr("name") ?? "source";
        var id = Unique(name, taken, "source");
        Transcript transcript;
        try
        {
            transcript = TranscriptReader.Read(id + ".txt", new UTF8Encoding(false).GetBytes(text.Text)).Transcript;
        }
        catch (CodebookException e)
        {
            _report.Add($"source '{name}': {e.Message}");
            return null;
        }
        if (transcript.Text != text.Text)
        {
            _report.Add($"source '{name}': its text starts like front matter (---), which would move every position");
            return null;
        }
        transcript.Id = id;
        transcript.Title = element.Text("Description")?.Trim() is { Length: > 0 } title ? title : name;
        transcript.SourceFile = $"{_where}: {name}";
        transcript.CaseId = null;
        transcript.ImportedBy = UserName(element.GuidOf("creatingUser"));
        transcript.Exchange = new ExchangeSource { Guid = element.RawGuid() ?? "", Name = name, Tool = _report.Tool.Key, Users = new(_userGuids, StringComparer.Ordinal) };
        transcript.ImportedAt = Date(element.Attr("creationDateTime"));
        return transcript;
    }

    private void Codings(ImportedSource source, XElement selection, SourceText text, OffsetConvention convention, CoderFrom coderFrom,
        Dictionary<string, string> themeOfGuid, HashSet<string> taken)
    {
        var (start, end) = (Position(selection, "startPosition"), Position(selection, "endPosition"));
        var codings = selection.Children("Coding").ToList();
        if (text.Map(convention, start, end) is not { } span)
        {
            _report.Add($"source '{source.Transcript.Id}': selection {start}-{end} is outside its text; with its {codings.Count} codings");
            return;
        }
        var memo = selection.Text("Description")?.Trim() is { Length: > 0 } description ? description : null;
        foreach (var element in codings)
        {
            var code = element.Child("CodeRef")?.GuidOf("targetGUID");
            if (code is null || !themeOfGuid.TryGetValue(code, out var themeId))
            {
                _report.Add($"source '{source.Transcript.Id}': a coding of {start}-{end} names no code of the codebook");
                continue;
            }
            var coding = new Coding
            {
                Id = ShortId.New('c', id => !taken.Add(id)),
                TranscriptId = source.Transcript.Id,
                ThemeId = themeId,
                Coder = UserName(coderFrom == CoderFrom.Selection
                    ? selection.GuidOf("creatingUser") ?? element.GuidOf("creatingUser")
                    : element.GuidOf("creatingUser") ?? selection.GuidOf("creatingUser")),
                Start = span.Start,
                End = span.End,
                Memo = memo,
                CreatedAt = Date(element.Attr("creationDateTime") ?? selection.Attr("creationDateTime")),
                SelectionGuid = selection.RawGuid(),
            };
            if (source.Codings.Any(c => c.ThemeId == coding.ThemeId && c.Coder == coding.Coder && c.Span == coding.Span)) continue;
            source.Codings.Add(coding);
            _report.CodingsByCoder[coding.Coder] = _report.CodingsByCoder.GetValueOrDefault(coding.Coder) + 1;
            if (element.GuidOf() is { } guid) source.CodingOfGuid[guid] = coding;
            if (selection.GuidOf() is { } selectionGuid) source.CodingOfGuid.TryAdd(selectionGuid, coding);
        }
    }

    /// <summary>Whose <c>creatingUser</c> names the coder. Asked for, that one. Otherwise the coding's, unless every
    /// coding names one user while the selections name others: then that user only exported the file (NVivo 12 writes
    /// its exporter on every coding) and each selection's own user made it.</summary>
    private CoderFrom CoderRule(List<XElement> selections)
    {
        var codingUsers = selections.SelectMany(s => s.Children("Coding")).Select(c => c.GuidOf("creatingUser")).OfType<string>().Distinct().ToList();
        var selectionUsers = selections.Where(s => s.Children("Coding").Any()).Select(s => s.GuidOf("creatingUser")).OfType<string>().Distinct().ToList();
        if (_coderFrom is { } asked)
        {
            _report.CoderRule = asked == CoderFrom.Selection ? "each selection's creatingUser, as asked" : "each coding's creatingUser, as asked";
            return asked;
        }
        if (codingUsers.Count == 1 && selectionUsers.Any(u => u != codingUsers[0]))
        {
            _report.CoderRule = $"each selection's creatingUser: every coding names {UserName(codingUsers[0])}, who exported the file, while the selections name "
                + $"{selectionUsers.Count} users (taking the codings' user instead gives every coding to {UserName(codingUsers[0])})";
            return CoderFrom.Selection;
        }
        if (selections.Count > 0) _report.CoderRule = "each coding's creatingUser (its selection's when the coding names nobody)";
        return CoderFrom.Coding;
    }

    private long Position(XElement selection, string name) =>
        long.TryParse(selection.Attr(name), out var value) ? value
            : throw RefiXml.Bad(RefiXml.At(_where, selection), $"a selection's {name} is '{selection.Attr(name)}', not a number", "export the project again from its tool");
}
