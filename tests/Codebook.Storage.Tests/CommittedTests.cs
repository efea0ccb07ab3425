using Codebook.Core.Changes;
using Codebook.Core.Model;

namespace Codebook.Storage.Tests;

/// <summary>The store says what each committed change touched, undo and redo included, so the search index can follow.</summary>
[TestClass]
public sealed class CommittedTests
{
    private static Coding Coding(string id, string transcript) => new() { Id = id, TranscriptId = transcript, ThemeId = "numbers", Coder = "ana", Start = 0, End = 4 };

    [TestMethod]
    public void EveryCommitUndoAndRedoReportsTheTranscriptsCasesAndThemesItWrote()
    {
        using var temp = new TempProject();
        using var store = temp.Create();
        var heard = new List<CommittedChange>();
        store.Committed += heard.Add;

        store.Commit("ana", "setup", "case and theme", changes =>
        {
            changes.Put(new Case { Id = "nadia" });
            changes.Put(new Theme { Id = "numbers", Label = "Numbers" });
        });
        store.Commit("ana", "code", "coded", changes => changes.Put(Coding("c1", "fr01-nadia")));
        store.Commit("ana", "uncode", "removed", changes => changes.RemoveCoding("c1"));
        store.Undo("ana");
        store.Redo("ana");

        CollectionAssert.AreEqual(new long[] { 1, 2, 3, 4, 5 }, heard.Select(c => c.Change.Sequence).ToArray());
        Assert.AreEqual(5, store.LastChange);
        CollectionAssert.AreEquivalent(new[] { "nadia" }, heard[0].Touched.Cases.ToList());
        CollectionAssert.AreEquivalent(new[] { "numbers" }, heard[0].Touched.Themes.ToList());
        Assert.IsEmpty(heard[0].Touched.Transcripts);
        foreach (var change in heard.Skip(1))
        {
            CollectionAssert.AreEquivalent(new[] { "fr01-nadia" }, change.Touched.Transcripts.ToList(), change.Change.Action);
        }
    }

    [TestMethod]
    public void TheLastChangeIsTheLogsLastSequenceAfterReopeningAndTheNextChangeFollowsIt()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            for (var i = 0; i < 12; i++) store.Commit("ana", "theme.add", $"t{i}", changes => changes.Put(new Theme { Id = $"t{i}", Label = $"T{i}" }));
            store.Undo("ana");
            store.Undo("ana");
            store.Redo("ana");
        }

        using var reopened = temp.Open();
        Assert.AreEqual(15, reopened.LastChange);
        Assert.AreEqual(15, reopened.Changes()[^1].Sequence);
        Assert.AreEqual(16, reopened.Commit("luis", "theme.add", "u", changes => changes.Put(new Theme { Id = "u", Label = "U" })).Sequence);
        Assert.AreEqual(16, reopened.LastChange);
        CollectionAssert.AreEqual(Enumerable.Range(1, 16).Select(i => (long)i).ToList(), reopened.Changes().Select(c => c.Sequence).ToList());
    }

    [TestMethod]
    public void AFailedCommitReportsNothing()
    {
        using var temp = new TempProject();
        using var store = temp.Create();
        var heard = 0;
        store.Committed += _ => heard++;

        Assert.ThrowsExactly<InvalidOperationException>(() =>
            store.Commit("ana", "code", "fails", changes => throw new InvalidOperationException("no")));

        Assert.AreEqual(0, heard);
        Assert.AreEqual(0, store.LastChange);
    }
}
