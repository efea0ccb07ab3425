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
