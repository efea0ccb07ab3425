using Codebook.Core.Model;

namespace Codebook.Storage.Tests;

[TestClass]
public sealed class UndoTests
{
    private static Theme Theme(string id, string label) => new() { Id = id, Label = label };

    [TestMethod]
    public void UndoWritesBackEveryDocumentEvenOneWrittenTwiceInAChange()
    {
        using var temp = new TempProject();
        using var store = temp.Create();
        store.Commit("ana", "theme.add", "added", changes => changes.Put(Theme("resistance", "Resistance")));
        store.Commit("ana", "theme.edit", "relabelled twice", changes =>
        {
            changes.Put(Theme("resistance", "Résistance"));
            changes.Put(Theme("resistance", "Resistencia"));
            changes.Put(Theme("quotas", "Quotas"));
        });

        var undo = store.Undo("luis")!;

        Assert.AreEqual("Resistance", store.Themes().Single().Label);
        Assert.AreEqual("undo", undo.Action);
        Assert.AreEqual("luis", undo.Coder);
        Assert.AreEqual("undid #2: relabelled twice", undo.Summary);
        Assert.AreEqual(3, undo.Sequence);
    }

    [TestMethod]
    public void UndoStepsBackAsFarAsAskedAndRedoComesForwardAgainAfterReopening()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "theme.add", "a", changes => changes.Put(Theme("a", "A")));
            store.Commit("ana", "theme.add", "b", changes => changes.Put(Theme("b", "B")));
            store.Undo("ana");
        }
        using (var store = temp.Open())
        {
            Assert.AreEqual("undid #1: a", store.Undo("ana")!.Summary);
            Assert.IsEmpty(store.Themes());
            Assert.IsNull(store.Undo("ana"));
        }
        using (var store = temp.Open())
        {
            Assert.AreEqual("redid #1: a", store.Redo("ana")!.Summary);
            Assert.AreEqual("redid #2: b", store.Redo("ana")!.Summary);
            Assert.IsNull(store.Redo("ana"));
            CollectionAssert.AreEquivalent(new[] { "a", "b" }, store.Themes().Select(t => t.Id).ToList());
            Assert.HasCount(6, store.Changes());
        }
    }

    [TestMethod]
    public void AnUndoOrARedoNamesTheChangeItRevertsInTheLogAndWhenMade()
    {
        using var temp = new TempProject();
        using var store = temp.Create();
        store.Commit("ana", "theme.add", "a", changes => changes.Put(Theme("a", "A")));

        Assert.AreEqual(1, store.Undo("ana")!.Reverts);
        Assert.AreEqual(1, store.Redo("ana")!.Reverts);

        CollectionAssert.AreEqual(new long?[] { null, 1, 1 }, store.Changes().Select(c => c.Reverts).ToList());
    }

    [TestMethod]
    public void ANewChangeAfterAnUndoLeavesNothingToRedo()
    {
        using var temp = new TempProject();
        using var store = temp.Create();
        store.Commit("ana", "theme.add", "a", changes => changes.Put(Theme("a", "A")));
        store.Undo("ana");
        store.Commit("ana", "theme.add", "b", changes => changes.Put(Theme("b", "B")));

        Assert.IsNull(store.Redo("ana"));
        Assert.AreEqual("undid #3: b", store.Undo("ana")!.Summary);
        Assert.IsNull(store.Undo("ana"), "#1 was already undone");
    }
}
