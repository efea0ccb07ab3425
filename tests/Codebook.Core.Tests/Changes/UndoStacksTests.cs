using Codebook.Core.Changes;

namespace Codebook.Core.Tests.Changes;

/// <summary>The undo rules, replayed from a log: undo steps back, redo steps forward, a new change ends what can be
/// redone, and a log that breaks the rules is refused.</summary>
[TestClass]
public sealed class UndoStacksTests
{
    [TestMethod]
    public void UndosStepBackAndARedoMakesTheLastUndoneChangeAgain()
    {
        var stacks = UndoStacks.Replay([new(1), new(2), new(3, UndoOf: 2), new(4, UndoOf: 1), new(5, RedoOf: 1)]);

        Assert.AreEqual(1L, stacks.NextUndo);
        Assert.AreEqual(2L, stacks.NextRedo);
    }

    [TestMethod]
    public void ANewChangeAfterAnUndoEndsWhatCanBeRedone()
    {
        var stacks = UndoStacks.Replay([new(1), new(2), new(3, UndoOf: 2), new(4)]);

        Assert.AreEqual(4L, stacks.NextUndo);
        Assert.IsNull(stacks.NextRedo);
    }

    [TestMethod]
    public void ALogThatUndoesAChangeNotOnTopIsRefused()
    {
        Assert.ThrowsExactly<InvalidDataException>(() => UndoStacks.Replay([new(1), new(2), new(3, UndoOf: 1)]));
    }
}
