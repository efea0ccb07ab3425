using Codebook.Core.Model;
using Codebook.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Codebook.Search.Indexing;

/// <summary>Builds the Lucene documents of a transcript: one per passage.</summary>
internal static class PassageDocument
{
    /// <summary>A term already folded by <see cref="KeywordTerms"/>, so not analysed again; no norms or positions,
    /// since a keyword is there or not.</summary>
    private static readonly FieldType Keyword = new()
    {
        IsIndexed = true,
        IsTokenized = false,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    static PassageDocument() => Keyword.Freeze();

    public static IEnumerable<Document> Of(IndexedTranscript input, KeywordTerms keywords)
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

            AddKeyword(doc, keywords, Fields.Transcript, transcript.Id);
            AddKeyword(doc, keywords, Fields.Language, transcript.Language);
            AddKeyword(doc, keywords, Fields.Role, RoleName(turn.Role));
            if (turn.Speaker is { } speaker) AddKeyword(doc, keywords, Fields.Speaker, speaker);
            if (caseId is not null) AddKeyword(doc, keywords, Fields.Case, caseId);
            foreach (var (name, value) in input.Case?.Attributes ?? []) AddKeyword(doc, keywords, Fields.ForAttribute(name), value);
            foreach (var coding in codings.Where(c => c.Span.Overlaps(passage.Span)))
            {
                AddKeyword(doc, keywords, Fields.Coder, coding.Coder);
                foreach (var theme in ancestry.SelfAndAncestors(coding.ThemeId)) AddKeyword(doc, keywords, Fields.Theme, theme);
            }
            yield return doc;
        }
    }

    private static string RoleName(SpeakerRole role) => role.ToString().ToLowerInvariant();

    private static void AddKeyword(Document doc, KeywordTerms keywords, string field, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return;
        foreach (var term in keywords.Of(field, value.Trim())) doc.Add(new Field(field, term, Keyword));
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
