using Codebook.Core.Changes;

namespace Codebook.Core.Tests.Changes;

/// <summary>The undo rules, replayed from a log: undo steps back, redo steps forward, a new change ends what can be
/// redone, and a log that breaks the rules is refused.</summary>
[TestClass]
public sealed class UndoStacksTests
{
    [TestMethod]
    public void Undos_step_back_and_a_redo_makes_the_last_undone_change_again()
    {
        var stacks = UndoStacks.Replay([new(1), new(2), new(3, UndoOf: 2), new(4, UndoOf: 1), new(5, RedoOf: 1)]);

        Assert.AreEqual(1L, stacks.NextUndo);
        Assert.AreEqual(2L, stacks.NextRedo);
    }

    [TestMethod]
    public void A_new_change_after_an_undo_ends_what_can_be_redone()
    {
        var stacks = UndoStacks.Replay([new(1), new(2), new(3, UndoOf: 2), new(4)]);

        Assert.AreEqual(4L, stacks.NextUndo);
        Assert.IsNull(stacks.NextRedo);
    }

    [TestMethod]
    public void A_log_that_undoes_a_change_not_on_top_is_refused()
    {
        Assert.ThrowsExactly<InvalidDataException>(() => UndoStacks.Replay([new(1), new(2), new(3, UndoOf: 1)]));
    }
}
