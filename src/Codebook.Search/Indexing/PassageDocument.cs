using Codebook.Core.Cases;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Core.Text;
using Codebook.Core.Themes;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Codebook.Search.Indexing;

/// <summary>Builds the Lucene documents of a transcript: one per passage.</summary>
internal static class PassageDocument
{
    /// <summary>Every keyword of a passage in one field (<see cref="Fields.Keywords"/>): terms already folded, so
    /// no analysis; no norms or positions, since a keyword is there or not.</summary>
    private static readonly FieldType Keywords = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    static PassageDocument() => Keywords.Freeze();

    public static IEnumerable<Document> Of(IndexedTranscript input)
    {
        var transcript = input.Transcript;
        var tree = new ThemeTree(input.Themes);
        var codings = input.Codings.Where(c => c.TranscriptId == transcript.Id).ToList();
        var lines = new LineStarts(transcript.Text);
        var caseId = (input.Case?.Id ?? transcript.CaseId) is { Length: > 0 } id ? id : null;
        var keywords = new KeywordTerms();
        // The transcript's own values, the same for each of its passages.
        var shared = new List<string> { Fields.KeywordPrefix(Fields.TranscriptId) + transcript.Id };
        keywords.Add(shared, Fields.Transcript, transcript.Id);
        keywords.Add(shared, Fields.Language, transcript.Language);
        keywords.Add(shared, Fields.Case, caseId);
        foreach (var (name, value) in input.Case?.Attributes ?? []) keywords.Add(shared, Fields.ForAttribute(name), value);
        var points = Points(input.Case);
        foreach (var passage in Passages.Of(transcript))
        {
            var turn = transcript.Turns[passage.TurnIndex];
            var text = transcript.Text.Substring(passage.Span.Start, passage.Span.Length);
            var terms = new List<string>(shared);
            keywords.Add(terms, Fields.Role, RoleName(turn.Role));
            keywords.Add(terms, Fields.Speaker, turn.Speaker);
            foreach (var coding in codings.Where(c => c.Span.Overlaps(passage.Span)))
            {
                keywords.Add(terms, Fields.Coder, coding.Coder);
                foreach (var theme in tree.SelfAndAncestors(coding.ThemeId)) keywords.Add(terms, Fields.Theme, theme);
            }
            var doc = new Document
            {
                new TextField(Fields.Text, text, Field.Store.NO),
                new Field(Fields.Keywords, new KeywordTokens(terms), Keywords),
                new PassageRecord(
                    new SearchHit(transcript.Id, caseId, transcript.Language, passage.Index, passage.TurnIndex, turn.Speaker, turn.Role,
                        passage.Span, lines.LineAt(passage.Span.Start), Score: 0, Matches: [], Context: PassageRecord.NoContext),
                    FileLinesOf(transcript, lines, passage.Span), text).ToField(),
            };
            foreach (var (field, point) in points) doc.Add(new DoubleField(field, point, Field.Store.NO));
            var languageField = Analysis.Analyzers.TextFieldFor(transcript.Language);
            if (languageField is not null) doc.Add(new TextField(languageField, text, Field.Store.NO));
            yield return doc;
        }
    }

    /// <summary>The attributes whose values are numbers or dates, as points on one scale (a date is its day number),
    /// indexed as numbers beside their keyword so ranges compare them as numbers (<c>Queries/AttributeRange</c>).</summary>
    private static List<(string Field, double Point)> Points(Case? @case) =>
        (@case?.Attributes ?? []).Select(a =>
            AttributeValues.TryScale(AttributeType.Number, a.Value, out var point) || AttributeValues.TryScale(AttributeType.Date, a.Value, out point)
                ? (Fields.ForAttribute(a.Key), point) : ((string, double)?)null)
        .OfType<(string, double)>().ToList();

    private static string RoleName(SpeakerRole role) => role.ToString().ToLowerInvariant();

    /// <summary>The terms of one transcript's keywords, each value folded once (by the keyword analyzer, as a query
    /// term on its field is) and reused by every passage that has it.</summary>
    private sealed class KeywordTerms
    {
        private readonly Dictionary<(string Field, string Value), string> terms = [];

        public void Add(List<string> passage, string field, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            if (!terms.TryGetValue((field, value), out var term))
            {
                terms[(field, value)] = term = Fields.KeywordPrefix(field) + Analysis.KeywordAnalysis.Folded(value.Trim());
            }
            passage.Add(term);
        }
    }

    /// <summary>The file line of each of the passage's lines; none when the transcript's lines are the file's.</summary>
    private static int[] FileLinesOf(Transcript transcript, LineStarts lines, TextSpan span)
    {
        if (transcript.FileLines.Count == 0) return [];
        var (first, last) = lines.LinesOf(span);
        return Enumerable.Range(first, last - first + 1).Select(transcript.FileLine).ToArray();
    }
}
