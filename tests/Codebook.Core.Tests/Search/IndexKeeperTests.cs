using Codebook.Core.Codings;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Search;

/// <summary>The keeper re-indexes the transcripts a change touched, read with their codings as they now stand.</summary>
[TestClass]
public sealed class IndexKeeperTests
{
    private static (Interview Interview, RecordingIndex Index, IndexKeeper Keeper) Kept()
    {
        var interview = new Interview();
        // A second transcript that no change below touches.
        var other = interview.Store.FindTranscript("fr01")!;
        other.Id = "fr02";
        interview.Store.Commit("ana", "setup", "a second interview", changes => changes.Put(other));
        var index = new RecordingIndex(interview.Store.LastChange);
        return (interview, index, new IndexKeeper(interview.Store, () => index, _ => { }));
    }

    private static string Themes(IndexedTranscript transcript) =>
        string.Join(",", transcript.Codings.Select(c => $"{c.ThemeId}@{c.Start}"));

    [TestMethod]
    public void ACodingReIndexesItsTranscriptOnlyWithTheCodingAndItsUndoWithoutIt()
    {
        var (interview, index, keeper) = Kept();
        using var _ = interview;
        using var __ = keeper;
        keeper.Current();

        var coding = new CodingService(interview.Store, new Coder("ana"), SystemClock.Instance)
            .Code("fr01", "resistance", new OffsetSpan(Interview.Of("anonym").Start, Interview.Of("anonym").End)).Single();
        interview.Store.Undo("ana");

        Assert.AreEqual(0, index.Rebuilds);
        Assert.HasCount(2, index.Updates);
        var (coded, codedRemoved) = index.Updates[0];
        Assert.AreEqual("fr01", coded.Single().Transcript.Id);
        Assert.AreEqual($"resistance@{coding.Start}", Themes(coded.Single()));
        Assert.IsEmpty(codedRemoved);
        var (undone, _) = index.Updates[1];
        Assert.AreEqual("fr01", undone.Single().Transcript.Id);
        Assert.AreEqual("", Themes(undone.Single()));
    }

    [TestMethod]
    public void AThemeChangeReIndexesTheTranscriptsCodedWithIt()
    {
        var (interview, index, keeper) = Kept();
        using var _ = interview;
        using var __ = keeper;
        new CodingService(interview.Store, new Coder("ana"), SystemClock.Instance)
            .Code("fr02", "numbers", new OffsetSpan(Interview.Of("chiffres").Start, Interview.Of("chiffres").End));
        keeper.Current();
        index.Updates.Clear();

        var theme = interview.Store.Themes().Single(t => t.Id == "numbers");
        theme.Label = "Numbers";
        interview.Store.Commit("ana", "theme", "renamed numbers", changes => changes.Put(theme));

        Assert.AreEqual("fr02", index.Updates.Single().Changed.Single().Transcript.Id);
    }

    [TestMethod]
    public void AChangeToManyTranscriptsIsStagedOneTranscriptAtATimeAndPublishedOnce()
    {
        var (interview, index, keeper) = Kept();
        using var _ = interview;
        using var __ = keeper;
        keeper.Current();

        var codings = new[] { "fr01", "fr02" }.Select(id => new Coding
        {
            Id = $"c-{id}", TranscriptId = id, ThemeId = "numbers", Coder = "ana",
            Start = Interview.Of("chiffres").Start, End = Interview.Of("chiffres").End,
        }).ToList();
        interview.Store.Commit("ana", "codings import", "two codings", changes =>
        {
            foreach (var coding in codings) changes.Put(coding);
        });

        Assert.AreEqual(1, index.MostStagedAtOnce, "one transcript read and staged at a time");
        Assert.HasCount(1, index.Updates);
        CollectionAssert.AreEquivalent(new[] { "fr01", "fr02" }, index.Updates.Single().Changed.Select(t => t.Transcript.Id).ToList());
        Assert.AreEqual(interview.Store.LastChange, index.Reflects);
    }

    [TestMethod]
    public void AHeldRunPublishesOnceAtTheReleaseWithEachTranscriptAsTheRunLeftIt()
    {
        var (interview, index, keeper) = Kept();
        using var _ = interview;
        using var __ = keeper;
        keeper.Current();
        var before = interview.Store.LastChange;
        var staged = new List<int>();

        keeper.Hold();
        // fr01 gets a case; fr02 joins it later with a new attribute, which reaches fr01 again; then a theme is renamed.
        var fr01 = interview.Store.FindTranscript("fr01")!;
        fr01.CaseId = "nadia";
        interview.Store.Commit("ana", "import", "fr01 in a case", changes =>
        {
            changes.Put(new Case { Id = "nadia", Attributes = { ["role"] = "teacher" } });
            changes.Put(fr01);
        });
        staged.Add(index.Staged.Count);
        var fr02 = interview.Store.FindTranscript("fr02")!;
        fr02.CaseId = "nadia";
        interview.Store.Commit("ana", "import", "fr02 in the case", changes =>
        {
            changes.Put(new Case { Id = "nadia", Attributes = { ["role"] = "teacher", ["year"] = "2024" } });
            changes.Put(fr02);
        });
        staged.Add(index.Staged.Count);
        var published = index.Updates.Count;
        keeper.Release();

        CollectionAssert.AreEqual(new[] { 1, 2 }, staged, "each change's own transcript staged as it was committed");
        Assert.AreEqual(0, published, "nothing published before the release");
        Assert.IsEmpty(index.Staged);
        var update = index.Updates.Single().Changed;
        CollectionAssert.AreEqual(new[] { "fr01", "fr02", "fr01" }, update.Select(t => t.Transcript.Id).ToList(),
            "fr01 staged again at the release, for the case's new attribute; fr02 not, staged after it");
        Assert.AreEqual("2024", update.Last().Case!.Attributes["year"]);
        Assert.AreEqual(before + 2, index.Reflects);
    }

    [TestMethod]
    public void AHeldRunOnAnIndexBehindTheProjectRebuildsItAtTheRelease()
    {
        var (interview, _, keeper) = Kept();
        using var __ = interview;
        var notices = new List<string>();
        var behind = new RecordingIndex(interview.Store.LastChange - 1);
        using var kept = new IndexKeeper(interview.Store, () => behind, notices.Add);
        keeper.Dispose();

        kept.Hold();
        var theme = interview.Store.Themes().Single(t => t.Id == "numbers");
        theme.Label = "Numbers";
        interview.Store.Commit("ana", "theme", "renamed numbers", changes => changes.Put(theme));
        var rebuildsBeforeRelease = behind.Rebuilds;
        kept.Release();

        Assert.AreEqual(0, rebuildsBeforeRelease);
        Assert.AreEqual(1, behind.Rebuilds);
        Assert.IsEmpty(behind.Updates);
        Assert.AreEqual(interview.Store.LastChange, behind.Reflects);
        Assert.AreEqual("the search index was stale; rebuilt it (2 transcripts, 0 passages)", notices.Single());
    }
}
