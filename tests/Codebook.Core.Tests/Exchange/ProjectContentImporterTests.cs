using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Exchange;
using Codebook.Core.Model;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Core.Tests.Exchange;

[TestClass]
public sealed class ProjectContentImporterTests
{
    [TestMethod]
    public void AWholeProjectGoesIntoAnEmptyOneInOneChangeThatUndoTakesBack()
    {
        using var interview = new Interview();
        new CodingService(interview.Store, new Coder("luis"), SystemClock.Instance).Code("fr01", "resistance", new TurnSpan(2));
        var content = ProjectContent.Of(interview.Store);
        using var target = new EmptyProject();

        new ProjectContentImporter(target.Store, new Coder("ana")).Import(content, "other.qdpx");

        Assert.AreEqual("import.qdpx", target.Store.Changes().Single().Action);
        var copied = ProjectContent.Of(target.Store);
        Assert.AreEqual(content.Transcripts.Single().Text, copied.Transcripts.Single().Text);
        CollectionAssert.AreEqual(content.Codings.Select(c => (c.Id, c.Span, c.Coder)).ToList(), copied.Codings.Select(c => (c.Id, c.Span, c.Coder)).ToList());
        CollectionAssert.AreEquivalent(content.Themes.Select(t => t.Id).ToList(), copied.Themes.Select(t => t.Id).ToList());

        target.Store.Undo("ana");

        Assert.IsTrue(ProjectContent.Of(target.Store).IsEmpty);
    }

    [TestMethod]
    public void AProjectThatIsNotEmptyIsRefusedAndUnchanged()
    {
        using var interview = new Interview();
        var log = interview.Store.Changes().Count;

        var error = Assert.ThrowsExactly<CodebookException>(() =>
            new ProjectContentImporter(interview.Store, new Coder("ana")).Import(ProjectContent.Of(interview.Store), "other.qdpx"));

        Assert.AreEqual(ErrorCode.ProjectNotEmpty, error.Code);
        Assert.HasCount(log, interview.Store.Changes());
    }

    [TestMethod]
    public void ACodingThatDoesNotFitItsTranscriptRefusesTheWholeFile()
    {
        using var interview = new Interview();
        var content = ProjectContent.Of(interview.Store);
        var bad = new Coding { Id = "c1", TranscriptId = "fr01", ThemeId = "resistance", Coder = "ana", Start = 10, End = Interview.Text.Length + 1 };
        using var target = new EmptyProject();

        var error = Assert.ThrowsExactly<CodebookException>(() =>
            new ProjectContentImporter(target.Store, new Coder("ana")).Import(content with { Codings = [bad] }, "other.qdpx"));

        Assert.AreEqual(ErrorCode.BadExchangeFile, error.Code);
        Assert.IsEmpty(target.Store.Changes());
    }
}
