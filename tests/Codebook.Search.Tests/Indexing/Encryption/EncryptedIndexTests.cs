using System.Text;
using Codebook.Core.Search;
using Codebook.Formats.Transcripts;
using Codebook.Search.Indexing;
using Codebook.Search.Indexing.Encryption;
using Codebook.Testing;

namespace Codebook.Search.Tests.Indexing.Encryption;

/// <summary>The index of an encrypted project, on disk and encrypted: it finds what the index in clear finds, keeps
/// no word of the transcripts in clear, reopens without a rebuild, and is rebuilt rather than used when it cannot be
/// trusted (another password, in clear, damaged).</summary>
[TestClass]
public sealed class EncryptedIndexTests
{
    private const string Password = "correct horse";

    /// <summary>Words of the sample interview fr01-nadia, as written and as Lucene keeps its terms.</summary>
    private static readonly string[] Words = ["la coordinatrice c'était encore Madame Verhaegen", "Verhaegen", "verhaegen"];

    private static readonly string[] Queries =
        ["Verhaegen", "chiffres", "\"tableau de bord\"", "\"chiffres tableau\"~5", "anonym*", "famil?a", "cifras AND role:participant", "(escuela OR école) AND NOT chiffres"];

    private static readonly IReadOnlyList<IndexedTranscript> Sample = Directory
        .GetFiles(Repository.Interviews).Order(StringComparer.Ordinal)
        .Select(TranscriptReader.Read).Select(p => new IndexedTranscript(p.Transcript, p.Case, [], [])).ToList();

    private readonly TempFolder folder = new();

    [TestCleanup]
    public void Delete() => folder.Dispose();

    private string Clear => folder.PathOf("clear.codebook.index");

    private LuceneSearchIndex Built(string indexFolder, string? password, long sequence = 1)
    {
        var index = LuceneSearchIndex.Open(indexFolder, password);
        index.Rebuild(Sample, sequence);
        return index;
    }

    [TestMethod]
    public void AnEncryptedIndexFindsWhatTheIndexInClearFindsWithTheSameMarks()
    {
        using var clear = Built(Clear, null);
        using var encrypted = Built(folder.IndexPath, Password);

        foreach (var query in Queries)
        {
            Assert.AreEqual(Hits(clear, query), Hits(encrypted, query), query);
        }
        Assert.IsTrue(Queries.All(q => clear.Search(q, 1000).Total > 0), "every query finds something");
        Assert.AreEqual(clear.Passages, encrypted.Passages);
    }

    [TestMethod]
    public void NoFileOfAnEncryptedIndexHoldsTheTranscriptsWordsInClear()
    {
        Built(Clear, null).Dispose();
        Built(folder.IndexPath, Password).Dispose();

        Assert.IsTrue(FilesHolding(Clear).Length > 0, "the index in clear holds them, so the search for them can fail");
        CollectionAssert.AreEqual(Array.Empty<string>(), FilesHolding(folder.IndexPath));
    }

    [TestMethod]
    public void ReopenedWithThePasswordItReflectsItsLastChangeAndNeedsNoRebuild()
    {
        Built(folder.IndexPath, Password, sequence: 7).Dispose();

        var inspection = IndexInspection.Of(folder.IndexPath, Password);
        using var reopened = LuceneSearchIndex.Open(folder.IndexPath, Password);

        Assert.AreEqual(IndexCondition.Ok, inspection.Condition, inspection.Problem);
        Assert.AreEqual(7, inspection.Reflects);
        Assert.AreEqual(IndexCondition.Ok, reopened.Opened);
        Assert.AreEqual(7, reopened.Reflects);
        Assert.AreEqual(1, reopened.Search("Verhaegen", 10).Total);
    }

    [TestMethod]
    public void StagedPassagesClosedBeforeTheyArePublishedLeaveAnIndexThatReflectsNoChange()
    {
        using (var index = Built(folder.IndexPath, Password))
        {
            index.Stage([], [Sample[0].Transcript.Id]);
        }

        using var reopened = LuceneSearchIndex.Open(folder.IndexPath, Password);

        Assert.AreEqual(IndexCondition.Ok, reopened.Opened);
        Assert.IsNull(reopened.Reflects, "an interrupted update must not pass for the last change");
    }

    [TestMethod]
    public void OpenedWithAnotherPasswordItIsDamagedAndReplacedByAnEmptyOne()
    {
        Built(folder.IndexPath, Password).Dispose();

        var inspection = IndexInspection.Of(folder.IndexPath, "incorrect horse");
        using var other = LuceneSearchIndex.Open(folder.IndexPath, "incorrect horse");

        Assert.AreEqual(IndexCondition.Damaged, inspection.Condition);
        StringAssert.Contains(inspection.Problem, "another password");
        Assert.AreEqual(IndexCondition.Damaged, other.Opened);
        Assert.AreEqual(0, other.Passages);
        Assert.AreEqual(0, other.Reflects, "a new, empty index: the next change updates it, a search rebuilds it");
    }

    [TestMethod]
    public void ReadWithoutThePasswordItIsDamagedAndReplacedByAnIndexInClear()
    {
        Built(folder.IndexPath, Password).Dispose();

        var inspection = IndexInspection.Of(folder.IndexPath);
        using var clear = LuceneSearchIndex.Open(folder.IndexPath);

        Assert.AreEqual(IndexCondition.Damaged, inspection.Condition);
        StringAssert.Contains(inspection.Problem, "encrypted");
        Assert.AreEqual(IndexCondition.Damaged, clear.Opened);
        Assert.IsFalse(IndexKey.IsIn(folder.IndexPath));
    }

    [TestMethod]
    public void AnIndexInClearFoundWhereAnEncryptedOneBelongsIsDeletedNotUsed()
    {
        Built(folder.IndexPath, null).Dispose();

        using var encrypted = LuceneSearchIndex.Open(folder.IndexPath, Password);

        Assert.AreEqual(IndexCondition.Damaged, encrypted.Opened);
        Assert.AreEqual(0, encrypted.Passages);
        CollectionAssert.AreEqual(Array.Empty<string>(), FilesHolding(folder.IndexPath));
    }

    /// <summary>What a crash or a disk error can leave: a file cut short, or a key file that no longer reads.</summary>
    [TestMethod]
    [DataRow("largest file cut in half")]
    [DataRow("key file cut short")]
    [DataRow("no key file")]
    public void ADamagedEncryptedIndexIsFoundDamagedAndRebuiltWithTheSameResults(string damage)
    {
        string[] before;
        using (var built = Built(folder.IndexPath, Password)) before = Queries.Select(q => Hits(built, q)).ToArray();
        var keyFile = Path.Combine(folder.IndexPath, IndexKey.FileName);
        var largest = new DirectoryInfo(folder.IndexPath).GetFiles().OrderByDescending(f => f.Length).First().FullName;
        switch (damage)
        {
            case "largest file cut in half": Truncate(largest, new FileInfo(largest).Length / 2); break;
            case "key file cut short": Truncate(keyFile, 10); break;
            default: File.Delete(keyFile); break;
        }

        var inspection = IndexInspection.Of(folder.IndexPath, Password);
        using var index = LuceneSearchIndex.Open(folder.IndexPath, Password);
        index.Rebuild(Sample, 2);

        Assert.AreEqual(IndexCondition.Damaged, inspection.Condition);
        Assert.AreEqual(IndexCondition.Damaged, index.Opened);
        CollectionAssert.AreEqual(before, Queries.Select(q => Hits(index, q)).ToArray());
    }

    private static void Truncate(string file, long length)
    {
        using var stream = File.Open(file, FileMode.Open);
        stream.SetLength(length);
    }

    /// <summary>Every hit with its passage, span and marks, in Lucene's order.</summary>
    private static string Hits(LuceneSearchIndex index, string query) => string.Join('\n', index.Search(query, 1000).Hits
        .Select(h => $"{h.TranscriptId}#{h.PassageIndex} {h.Span} {h.Context.Render()}"));

    private static string[] FilesHolding(string indexFolder)
    {
        var needles = Words.SelectMany(w => new[] { Encoding.UTF8.GetBytes(w), Encoding.Unicode.GetBytes(w) }).ToArray();
        return Directory.GetFiles(indexFolder)
            .Where(file => needles.Any(needle => File.ReadAllBytes(file).AsSpan().IndexOf(needle) >= 0))
            .Select(Path.GetFileName).ToArray()!;
    }
}
