using Codebook.Core.Search;
using Codebook.Formats.Transcripts;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Codebook.Search.Tests.Support;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Fields = Codebook.Search.Indexing.Fields;

namespace Codebook.Search.Tests.Indexing;

/// <summary>Keyword values folded once and indexed as terms give the index that analysing every value at indexing
/// time gave: the same terms in the same passages, field for field.</summary>
[TestClass]
public sealed class KeywordTermsTests
{
    /// <summary>How keywords were indexed before: the raw value, analysed by the writer's per-field analyzer.</summary>
    private static readonly FieldType AnalysedKeyword = new()
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    };

    [TestMethod]
    public void Sample_study_and_coded_study_index_the_same_terms_as_analysing_each_value()
    {
        var study = Study();
        using var folder = new TempFolder();
        using (var index = new PassageIndex(folder.IndexPath)) index.Rebuild(study, 1);
        using var folded = FSDirectory.Open(new DirectoryInfo(folder.IndexPath));
        using var analysed = AnalysedAtIndexing(study);

        var expected = Postings(analysed);
        CollectionAssert.AreEqual(expected, Postings(folded));
        CollectionAssert.AreEqual(FieldLayout(analysed), FieldLayout(folded));
        CollectionAssert.Contains(expected, "speaker:lucia", "the speaker LUCÍA is folded");
        CollectionAssert.Contains(expected, "attr.territory:south-east", "attributes are indexed");
        CollectionAssert.Contains(expected, "theme:resistance", "ancestors of coded themes are indexed");
    }

    [TestMethod]
    public void A_value_is_analysed_by_the_index_analyzer()
    {
        using var analyzer = Analyzers.PerField();
        var keywords = new KeywordTerms(analyzer);

        CollectionAssert.AreEqual(new[] { "lucia" }, keywords.Of(Fields.Speaker, "LUCÍA"));
        CollectionAssert.AreEqual(new[] { "ile-de-france" }, keywords.Of(Fields.ForAttribute("region"), "Île-de-France"));
    }

    /// <summary>The 17 sample interviews (cases with attributes, accented speakers) and the small study (codings,
    /// a theme tree, two coders).</summary>
    private static List<IndexedTranscript> Study()
    {
        var files = System.IO.Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "corpus-samples", "interviews")).Order(StringComparer.Ordinal);
        var sample = files.Select(TranscriptReader.Read).Select(p => new IndexedTranscript(p.Transcript, p.Case, [], []));
        return [.. sample, .. SmallStudy.All()];
    }

    /// <summary>The same documents with each keyword's raw value (read back through a tokenizer that keeps the whole
    /// value) in an analysed field, written with the index's analyzer, as the index was built before.</summary>
    private static RAMDirectory AnalysedAtIndexing(List<IndexedTranscript> study)
    {
        var directory = new RAMDirectory();
        using var raw = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new KeywordTokenizer(reader)));
        using var analyzer = Analyzers.PerField();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, analyzer));
        var rawValues = new KeywordTerms(raw);
        foreach (var transcript in study)
        {
            foreach (var doc in PassageDocument.Of(transcript, rawValues)) writer.AddDocument(doc.Fields.Select(Analysed));
        }
        writer.Commit();
        return directory;
    }

    private static IIndexableField Analysed(IIndexableField field) =>
        field.IndexableFieldType is { IsIndexed: true, IsTokenized: false } && !field.Name.StartsWith('_')
            ? new Field(field.Name, field.GetStringValue(), AnalysedKeyword)
            : field;

    /// <summary>Every term of every field, each with the passages holding it.</summary>
    private static List<string> Postings(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        var postings = new List<string>();
        foreach (var field in MultiFields.GetFields(reader))
        {
            var terms = MultiFields.GetTerms(reader, field).GetEnumerator();
            while (terms.MoveNext())
            {
                var docs = MultiFields.GetTermDocsEnum(reader, null, field, terms.Term, DocsFlags.NONE);
                var ids = new List<int>();
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) ids.Add(docs.DocID);
                postings.Add($"{field}:{terms.Term.Utf8ToString()}");
                postings.Add(string.Join(',', ids));
            }
        }
        return postings;
    }

    private static List<string> FieldLayout(Lucene.Net.Store.Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return MultiFields.GetMergedFieldInfos(reader)
            .Select(f => $"{f.Name} {f.IsIndexed} {f.IndexOptions} {f.HasNorms} {f.HasPayloads} {f.HasVectors}")
            .Order(StringComparer.Ordinal).ToList();
    }
}
