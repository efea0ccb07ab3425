using Codebook.Core.Model;

namespace Codebook.Storage.Tests;

/// <summary>Codings read for analyses (every coding, or a transcript's) come back as the BsonMapper reads a single one:
/// every field, a missing memo, the reviews.</summary>
[TestClass]
public sealed class CodingReadingTests
{
    [TestMethod]
    public void EveryCodingReadsAsTheMapperReadsIt()
    {
        var at = new DateTime(2026, 3, 4, 5, 6, 7, 890, DateTimeKind.Utc);
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "code", "test", changes =>
            {
                changes.Put(new Coding { Id = "k1", TranscriptId = "t1", ThemeId = "audit", Coder = "ana", Start = 3, End = 40, Memo = "", CreatedAt = at });
                changes.Put(new Coding
                {
                    Id = "k2", TranscriptId = "t1", ThemeId = "quota", Coder = "luis", Start = 0, End = 7, Memo = "see turn 4", CreatedAt = at,
                    Reviews =
                    [
                        new CodingReview { Verdict = CodingVerdict.DoesNotFit, Comment = "too short", Coder = "zoe", At = at.AddDays(1) },
                        new CodingReview { Verdict = CodingVerdict.Fits, Coder = "ana", At = at.AddDays(2) },
                    ],
                });
                changes.Put(new Coding { Id = "k3", TranscriptId = "t2", ThemeId = "audit", Coder = "ana", Start = 9, End = 9, CreatedAt = at });
            });
        }

        using var reopened = temp.Open();
        var all = reopened.Codings();

        CollectionAssert.AreEqual(new[] { "k1", "k2", "k3" }, all.Select(c => c.Id).ToList());
        foreach (var coding in all) AssertSame(reopened.FindCoding(coding.Id)!, coding);
        CollectionAssert.AreEqual(new[] { "k1", "k2" }, reopened.CodingsOf("t1").Select(c => c.Id).Order(StringComparer.Ordinal).ToList());
        foreach (var coding in reopened.CodingsOf("t1")) AssertSame(reopened.FindCoding(coding.Id)!, coding);
        Assert.AreEqual("", all[0].Memo);
        Assert.IsNull(all[2].Memo);
        Assert.AreEqual(DateTimeKind.Utc, all[1].CreatedAt.Kind);
        Assert.AreEqual("too short", all[1].Reviews[0].Comment);
    }

    private static void AssertSame(Coding expected, Coding actual)
    {
        Assert.AreEqual((expected.Id, expected.TranscriptId, expected.ThemeId, expected.Coder, expected.Start, expected.End, expected.Memo),
            (actual.Id, actual.TranscriptId, actual.ThemeId, actual.Coder, actual.Start, actual.End, actual.Memo));
        Assert.AreEqual(expected.CreatedAt, actual.CreatedAt);
        Assert.AreEqual(expected.CreatedAt.Kind, actual.CreatedAt.Kind);
        CollectionAssert.AreEqual(expected.Reviews.Select(r => (r.Verdict, r.Comment, r.Coder, r.At, r.At.Kind)).ToList(),
            actual.Reviews.Select(r => (r.Verdict, r.Comment, r.Coder, r.At, r.At.Kind)).ToList());
    }
}
