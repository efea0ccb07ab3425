using System.Globalization;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Formats.Transcripts;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Codebook.Testing;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Fields = Codebook.Search.Indexing.Fields;

namespace Codebook.Search.Tests.Indexing;

/// <summary>Every keyword of a passage is indexed in one field; a query on a keyword field finds the same passages,
/// with the same scores, as it did when each keyword had a field of its own (format 2). The reference is an index of
/// that layout, built here, searched with Lucene's own parser (patterns written folded and attributes under
/// <c>attr.</c>, which Codebook's parser did for them), for the small study (codings, themes) and the 17 sample
/// interviews (cases, attributes, speakers).</summary>
[TestClass]
public sealed class KeywordFieldTests
{
    private static Corpus small = null!;
    private static Corpus sample = null!;

    [ClassInitialize]
    public static void Open(TestContext _)
    {
        small = new Corpus(SmallStudy.All().ToList());
        var files = System.IO.Directory.GetFiles(Repository.Interviews).Order(StringComparer.Ordinal);
        sample = new Corpus(files.Select(TranscriptReader.Read).Select(p => new IndexedTranscript(p.Transcript, p.Case, [], [])).ToList());
    }

    [ClassCleanup]
    public static void Close()
    {
        small.Dispose();
        sample.Dispose();
    }

    [TestMethod]
    [DataRow("theme:resistance")]
    [DataRow("theme:\"Pressure\"")]
    [DataRow("coder:ANA OR coder:ben")]
    [DataRow("transcript:FR01-NADIA")]
    [DataRow("territory:croissant", "attr.territory:croissant")]
    [DataRow("theme:*")]
    [DataRow("theme:res*")]
    [DataRow("theme:*ing")]
    [DataRow("attr.role:manag*")]
    [DataRow("case:?adia")]
    [DataRow("theme:[a TO p]")]
    [DataRow("theme:{anonymising TO resistance}")]
    [DataRow("theme:[c TO *]")]
    [DataRow("case:[* TO l]")]
    [DataRow("case:{* TO *}")]
    [DataRow("territory:[south TO southz]", "attr.territory:[south TO southz]")]
    [DataRow("attr.role:/man.ger/")]
    [DataRow("theme:/res.*|press.*/")]
    [DataRow("lang:/e./")]
    [DataRow("coder:bn~")]
    [DataRow("lang:fs~1")]
    [DataRow("theme:presure~ OR theme:closing-door~1")]
    [DataRow("(chiffres OR cifras) AND theme:press* AND NOT speaker:lucia")]
    [DataRow("chiffres OR coder:ana^3 OR lang:es")]
    public void The_small_study_finds_what_fields_of_their_own_found(string query, string? reference = null) =>
        Assert.IsNotEmpty(small.FindsAsBefore(query, reference ?? query));

    /// <summary>Lucene weighs a fuzzy match by its edits over the shorter length and drops one that weighs nothing:
    /// reckoned with the field's name, "e" would find "es" (one edit over one character) and "fr".</summary>
    [TestMethod]
    public void AFuzzyMatchIsWeighedOnTheValueAlone()
    {
        Assert.IsEmpty(small.FindsAsBefore("lang:e~", "lang:e~"));
        Assert.HasCount(3, small.FindsAsBefore("lang:es~", "lang:es~"));
    }

    [TestMethod]
    [DataRow("speaker:lucia")]
    [DataRow("speaker:luc*")]
    [DataRow("speaker:lusia~")]
    [DataRow("speaker:[a TO m]")]
    [DataRow("speaker:[m TO *]")]
    [DataRow("speaker:/l.*a/")]
    [DataRow("role:participant AND lang:fr")]
    [DataRow("attr.role:*")]
    [DataRow("attr.role:[f TO *]")]
    [DataRow("attr.role:manager~2")]
    [DataRow("attr.role:/front.*/ OR case:[* TO f]")]
    [DataRow("(chiffres OR cifras) AND role:participant AND NOT attr.role:manager")]
    public void The_sample_interviews_find_what_fields_of_their_own_found(string query) =>
        Assert.IsNotEmpty(sample.FindsAsBefore(query, query));

    /// <summary>One corpus indexed twice: by Codebook, and in the layout of format 2.</summary>
    private sealed class Corpus : IDisposable
    {
        private readonly TempFolder folder = new();
        private readonly PassageIndex index;
        private readonly RAMDirectory reference = new();
        private readonly Analyzer analyzer = Analyzers.PerField();

        public Corpus(IReadOnlyList<IndexedTranscript> transcripts)
        {
            index = new PassageIndex(folder.IndexPath);
            index.Rebuild(transcripts, 1);
            using var writer = new IndexWriter(reference, new IndexWriterConfig(Analyzers.Version, analyzer));
            foreach (var transcript in transcripts) writer.AddDocuments(FormatTwo(transcript));
        }

        /// <summary>The hits of <paramref name="query"/>, "transcript#passage score", asserted to be those of
        /// <paramref name="referenceQuery"/> on the index of format 2.</summary>
        public List<string> FindsAsBefore(string query, string referenceQuery)
        {
            var found = index.Search(query, 1000).Select(h => Hit($"{h.TranscriptId}#{h.PassageIndex}", h.Score)).ToList();
            using var reader = DirectoryReader.Open(reference);
            var searcher = new IndexSearcher(reader);
            var parser = new MultiFieldQueryParser(Analyzers.Version, Fields.DefaultText, analyzer) { AllowLeadingWildcard = true };
            var expected = searcher.Search(parser.Parse(referenceQuery), 1000).ScoreDocs
                .Select(d => Hit(searcher.Doc(d.Doc).Get("id"), d.Score)).ToList();
            CollectionAssert.AreEqual(expected, found, $"{query}: [{string.Join(", ", found)}]");
            return found;
        }

        private static string Hit(string passage, float score) => $"{passage} {score.ToString("R", CultureInfo.InvariantCulture)}";

        /// <summary>A transcript's passages as format 2 indexed them: each keyword in a field of its own, analysed by
        /// the keyword analyzer.</summary>
        private static IEnumerable<Document> FormatTwo(IndexedTranscript input)
        {
            var keyword = new FieldType { IsIndexed = true, IsTokenized = true, OmitNorms = true, IndexOptions = IndexOptions.DOCS_ONLY };
            var transcript = input.Transcript;
            var ancestry = new ThemeAncestry(input.Themes);
            foreach (var passage in Passages.Of(transcript))
            {
                var turn = transcript.Turns[passage.TurnIndex];
                var text = transcript.Text.Substring(passage.Span.Start, passage.Span.Length);
                var doc = new Document
                {
                    new TextField(Fields.Text, text, Field.Store.NO),
                    new TextField(Analyzers.TextFieldFor(transcript.Language)!, text, Field.Store.NO),
                    new StringField("id", $"{transcript.Id}#{passage.Index}", Field.Store.YES),
                };
                void Add(string field, string? value)
                {
                    if (!string.IsNullOrWhiteSpace(value)) doc.Add(new Field(field, value.Trim(), keyword));
                }
                Add(Fields.Transcript, transcript.Id);
                Add(Fields.Language, transcript.Language);
                Add(Fields.Role, turn.Role.ToString().ToLowerInvariant());
                Add(Fields.Speaker, turn.Speaker);
                Add(Fields.Case, input.Case?.Id ?? transcript.CaseId);
                foreach (var (name, value) in input.Case?.Attributes ?? []) Add(Fields.ForAttribute(name), value);
                foreach (var coding in input.Codings.Where(c => c.Span.Overlaps(passage.Span)))
                {
                    Add(Fields.Coder, coding.Coder);
                    foreach (var theme in ancestry.SelfAndAncestors(coding.ThemeId)) Add(Fields.Theme, theme);
                }
                yield return doc;
            }
        }

        public void Dispose()
        {
            index.Dispose();
            reference.Dispose();
            analyzer.Dispose();
            folder.Dispose();
        }
    }
}
