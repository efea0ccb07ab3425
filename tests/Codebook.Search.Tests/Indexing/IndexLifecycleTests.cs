using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Search.Indexing;
using Codebook.Search.Analysis;
using Codebook.Search.Tests.Support;
using Codebook.Testing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Fields = Codebook.Search.Indexing.Fields;

namespace Codebook.Search.Tests.Indexing;

[TestClass]
public sealed class IndexLifecycleTests
{
    [TestMethod]
    public void AnUpdateIsSeenByTheNextSearch()
    {
        using var study = new IndexFixture();
        var edited = Interview.Of("fr02-bernard", "fr", "bernard", "ENQ: Et l’évaluation ?", "BERNARD: Les indicateurs, encore.");

        study.Index.Update([new IndexedTranscript(edited, null, [], SmallStudy.Themes)], [], 2);

        CollectionAssert.AreEqual(new[] { "fr02-bernard#1" }, study.Find("indicateur"));
        CollectionAssert.AreEqual(new[] { "fr01-nadia#2" }, study.Find("chiffres"));
    }

    [TestMethod]
    public void APhraseIsMarkedInEveryHitWhenTheyLieInSeveralSegments()
    {
        using var study = new IndexFixture();
        var edited = Interview.Of("fr02-bernard", "fr", "bernard", "ENQ: Et les chiffres ?", "BERNARD: Les chiffres, encore les chiffres.");
        study.Index.Update([new IndexedTranscript(edited, null, [], SmallStudy.Themes)], [], 2);

        var hits = study.Index.Search("\"les chiffres\"", 10);

        CollectionAssert.AreEquivalent(new[] { "fr01-nadia#2", "fr02-bernard#0", "fr02-bernard#1" },
            hits.Select(h => $"{h.TranscriptId}#{h.PassageIndex}").ToArray());
        var marks = hits.Select(h => h.Context.Render()).ToArray();
        Assert.IsTrue(marks.All(m => m.Contains("[les chiffres]", StringComparison.OrdinalIgnoreCase)), string.Join(" | ", marks));
        Assert.AreEqual(1, marks.Count(m => m.Contains("[Les chiffres], encore [les chiffres]")), string.Join(" | ", marks));
    }

    [TestMethod]
    public void ARemovedTranscriptIsNoLongerFound()
    {
        using var study = new IndexFixture();

        study.Index.Update([], ["fr01-nadia"], 2);

        CollectionAssert.AreEqual(new[] { "fr02-bernard#1" }, study.Find("chiffres"));
        Assert.AreEqual(5, study.Index.Count());
    }

    [TestMethod]
    public void ADeletedIndexRebuiltGivesTheSameResults()
    {
        using var folder = new TempFolder();
        string[] queries = ["ecole", "theme:resistance", "(chiffres OR cifras) AND role:participant", "anonym*"];
        string[][] before;
        using (var index = new PassageIndex(folder.IndexPath))
        {
            index.Rebuild(SmallStudy.All(), 1);
            before = queries.Select(q => IndexFixture.Passages(index, q)).ToArray();
        }

        Directory.Delete(folder.IndexPath, recursive: true);
        using var rebuilt = new PassageIndex(folder.IndexPath);
        Assert.AreEqual(0, rebuilt.Count());
        rebuilt.Rebuild(SmallStudy.All(), 1);

        for (int i = 0; i < queries.Length; i++) CollectionAssert.AreEqual(before[i], IndexFixture.Passages(rebuilt, queries[i]), queries[i]);
        Assert.IsTrue(before.All(found => found.Length > 0));
    }

    [TestMethod]
    public void AClosedIndexReopensWithItsPassagesAndItsLockReleased()
    {
        using var folder = new TempFolder();
        using (var index = new PassageIndex(folder.IndexPath)) index.Rebuild(SmallStudy.All(), 1);

        using var reopened = new PassageIndex(folder.IndexPath);

        Assert.AreEqual(9, reopened.Count());
        CollectionAssert.AreEqual(new[] { "es01-lucia#0" }, IndexFixture.Passages(reopened, "educacion"));
    }

    /// <summary>An index found in order is searched as inspected: no writer, so no write.lock, until the first change,
    /// which the next search then sees.</summary>
    [TestMethod]
    public void AnIndexInOrderTakesItsWriterOnlyAtTheFirstChange()
    {
        using var folder = new TempFolder();
        using (var built = LuceneSearchIndex.Open(folder.IndexPath)) built.Rebuild(SmallStudy.All(), 1);
        var edited = Interview.Of("fr02-bernard", "fr", "bernard", "ENQ: Et l’évaluation ?", "BERNARD: Les indicateurs, encore.");
        using var directory = Lucene.Net.Store.FSDirectory.Open(new DirectoryInfo(folder.IndexPath));

        using (var index = LuceneSearchIndex.Open(folder.IndexPath))
        {
            Assert.AreEqual(IndexCondition.Ok, index.Opened);
            Assert.AreEqual(1, index.Reflects);
            Assert.AreEqual(2, index.Search("chiffres", 10).Total);
            Assert.IsFalse(IndexWriter.IsLocked(directory), "a search takes no writer");

            index.Stage([new IndexedTranscript(edited, null, [], SmallStudy.Themes)], []);
            index.Publish(2);

            Assert.IsTrue(IndexWriter.IsLocked(directory));
            Assert.AreEqual(2, index.Reflects);
            Assert.AreEqual(1, index.Search("indicateur", 10).Total);
            Assert.AreEqual(1, index.Search("chiffres", 10).Total);
        }
        Assert.IsFalse(IndexWriter.IsLocked(directory));
    }

    [TestMethod]
    public void StagedPassagesAreSearchedOnlyOncePublishedAndAnIndexClosedBeforeReflectsNoChange()
    {
        using var folder = new TempFolder();
        var edited = Interview.Of("fr02-bernard", "fr", "bernard", "ENQ: Et l’évaluation ?", "BERNARD: Les indicateurs, encore.");
        using (var index = new PassageIndex(folder.IndexPath))
        {
            index.Rebuild(SmallStudy.All(), 1);
            index.Stage([new IndexedTranscript(edited, null, [], SmallStudy.Themes)], []);
            Assert.IsEmpty(IndexFixture.Passages(index, "indicateur"), "not searched before it is published");
            index.Publish(2);
            CollectionAssert.AreEqual(new[] { "fr02-bernard#1" }, IndexFixture.Passages(index, "indicateur"));
            index.Stage([], ["fr01-nadia"]);
        }

        // Lucene commits what is staged when the writer closes: the index must not say it reflects change 2.
        using var reopened = new PassageIndex(folder.IndexPath);
        Assert.IsNull(reopened.Reflects);
    }

    [TestMethod]
    public void LongTurnsAreSearchedPassageByPassage()
    {
        using var folder = new TempFolder();
        var sentence = "On remplit des tableaux toute la journée. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 2 * Passages.MaxLength / sentence.Length)) + "Et puis on anonymise.";
        var transcript = Interview.Of("fr09-long", "fr", "anne", "ANNE: " + text);
        using var index = new PassageIndex(folder.IndexPath);

        index.Rebuild([new IndexedTranscript(transcript, null, [], [])], 1);

        var hit = index.Search("anonymise", 10).Single();
        Assert.IsTrue(hit.PassageIndex > 0);
        Assert.AreEqual(transcript.Turns[0].Words.End, hit.Span.End);
        Assert.AreEqual(0, hit.TurnIndex);
        Assert.AreEqual("anonymise", transcript.Text[hit.Matches[0].Start..hit.Matches[0].End]);
    }

    /// <summary>Format 1: the passage's values in stored fields, and no format in the commit; format 2: each keyword in
    /// a field of its own; format 3: passage records without the file's lines.</summary>
    [TestMethod]
    [DataRow(null)]
    [DataRow("2")]
    [DataRow("3")]
    public void AnIndexOfAnEarlierFormatReflectsNoChangeUntilRebuilt(string? format)
    {
        using var folder = new TempFolder();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(new DirectoryInfo(folder.IndexPath)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, Analyzers.PerField())))
        {
            writer.AddDocument(new Document { new TextField(Fields.Text, "les chiffres", Field.Store.YES), new StoredField("_start", 0) });
            var commit = new Dictionary<string, string> { ["codebook.sequence"] = "3" };
            if (format is not null) commit["codebook.format"] = format;
            writer.SetCommitData(commit);
            writer.Commit();
        }
        Assert.IsNull(IndexInspection.Of(folder.IndexPath).Reflects);

        using var index = new PassageIndex(folder.IndexPath);
        Assert.IsNull(index.Reflects);
        index.Rebuild(SmallStudy.All(), 3);

        Assert.AreEqual(3, index.Reflects);
        CollectionAssert.AreEqual(new[] { "es01-lucia#1", "fr01-nadia#2", "fr02-bernard#1" }, IndexFixture.Passages(index, "chiffres OR cifras"));
    }
}
