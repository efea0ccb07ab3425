using Codebook.Core.Model;
using Codebook.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Codebook.Search.Indexing;

/// <summary>Builds the Lucene documents of a transcript: one per passage.</summary>
internal static class PassageDocument
{
    /// <summary>Tokenised (by the keyword analyzer) so values are folded exactly as query terms are; no norms or
    /// positions, since a keyword is there or not.</summary>
    private static readonly FieldType Keyword = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    static PassageDocument() => Keyword.Freeze();

    public static IEnumerable<Document> Of(IndexedTranscript input)
    {
        var transcript = input.Transcript;
        var ancestry = new ThemeAncestry(input.Themes);
        var codings = input.Codings.Where(c => c.TranscriptId == transcript.Id).ToList();
        var lineStarts = LineStarts(transcript.Text);
        var caseId = (input.Case?.Id ?? transcript.CaseId) is { Length: > 0 } id ? id : null;
        foreach (var passage in Passages.Of(transcript))
        {
            var turn = transcript.Turns[passage.TurnIndex];
            var text = transcript.Text.Substring(passage.Span.Start, passage.Span.Length);
            var doc = new Document
            {
                new TextField(Fields.Text, text, Field.Store.NO),
                new StringField(Fields.TranscriptId, transcript.Id, Field.Store.NO),
                new PassageRecord(transcript.Id, caseId, transcript.Language, passage.Index,
                    passage.TurnIndex, turn.Speaker, turn.Role, passage.Span, LineOf(lineStarts, passage.Span.Start), text).ToField(),
            };
            var languageField = Analysis.Analyzers.TextFieldFor(transcript.Language);
            if (languageField is not null) doc.Add(new TextField(languageField, text, Field.Store.NO));

            AddKeyword(doc, Fields.Transcript, transcript.Id);
            AddKeyword(doc, Fields.Language, transcript.Language);
            AddKeyword(doc, Fields.Role, RoleName(turn.Role));
            if (turn.Speaker is { } speaker) AddKeyword(doc, Fields.Speaker, speaker);
            if (caseId is not null) AddKeyword(doc, Fields.Case, caseId);
            foreach (var (name, value) in input.Case?.Attributes ?? []) AddKeyword(doc, Fields.ForAttribute(name), value);
            foreach (var coding in codings.Where(c => c.Span.Overlaps(passage.Span)))
            {
                AddKeyword(doc, Fields.Coder, coding.Coder);
                foreach (var theme in ancestry.SelfAndAncestors(coding.ThemeId)) AddKeyword(doc, Fields.Theme, theme);
            }
            yield return doc;
        }
    }

    private static string RoleName(SpeakerRole role) => role.ToString().ToLowerInvariant();

    private static void AddKeyword(Document doc, string field, string value)
    {
        if (!string.IsNullOrWhiteSpace(value)) doc.Add(new Field(field, value.Trim(), Keyword));
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }
        return starts;
    }

    /// <summary>One-based line of an offset.</summary>
    private static int LineOf(List<int> lineStarts, int offset)
    {
        int index = lineStarts.BinarySearch(offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
