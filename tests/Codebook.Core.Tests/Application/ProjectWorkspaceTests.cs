using Codebook.Core.Application;
using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Tests.Search;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Application;

/// <summary>A project opened for a coder: blind coding reads the coder's own codings and refuses queries on others',
/// changes and undo go to the project itself.</summary>
[TestClass]
public sealed class ProjectWorkspaceTests
{
    [TestMethod]
    public void ABlindWorkspaceReadsTheCodersOwnCodingsAndRefusesQueriesOnThemes()
    {
        using var interview = new Interview();
        new CodingService(interview.Store, new Coder("ana"), SystemClock.Instance).Code("fr01", "resistance", new TurnSpan(2));
        var index = new RecordingIndex(interview.Store.LastChange);
        var luis = new ProjectWorkspace(interview.Store, new Coder("luis"), SystemClock.Instance, () => index, blind: true);

        luis.Coding.Code("fr01", "numbers", new TurnSpan(2));

        Assert.AreEqual(2, luis.Store.Codings().Count, "changes go to the project, which holds every coder's codings");
        Assert.AreEqual("luis", luis.View.Codings().Single().Coder);
        Assert.AreEqual(1, ThemeCounts.Of(luis.View.Codings())["numbers"]);
        Assert.IsFalse(ThemeCounts.Of(luis.View.Codings()).ContainsKey("resistance"));
        Assert.ThrowsExactly<CodebookException>(() => luis.Search().Search("theme:resistance", 10));
        luis.Search().Search("chiffres", 10);
    }

    [TestMethod]
    public void UndoTakesBackTheProjectsLastChangeAndRedoMakesItAgain()
    {
        using var interview = new Interview();
        var ana = new ProjectWorkspace(interview.Store, new Coder("ana"), SystemClock.Instance);
        var coded = ana.Coding.Code("fr01", "resistance", new TurnSpan(2)).Single();

        var undone = ana.Undo();

        Assert.IsNull(interview.Store.FindCoding(coded.Id));
        Assert.IsNotNull(undone?.Reverts);
        Assert.IsNotNull(ana.Redo());
        Assert.IsNotNull(interview.Store.FindCoding(coded.Id));
        Assert.IsNull(ana.Redo(), "nothing left to redo");
    }

    [TestMethod]
    public void WithoutAnIndexSearchingAndRestrictingAnAnalysisSaySo()
    {
        using var interview = new Interview();
        var ana = new ProjectWorkspace(interview.Store, new Coder("ana"), SystemClock.Instance);

        Assert.AreEqual(ErrorCode.NoSearchIndex, Assert.ThrowsExactly<CodebookException>(() => ana.Search()).Code);
        Assert.AreEqual(ErrorCode.NoSearchIndex, Assert.ThrowsExactly<CodebookException>(() => ana.Scope("chiffres")).Code);
        Assert.IsNotNull(ana.Scope(null), "the whole project needs no index");
    }
}
