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
    public void A_coding_re_indexes_its_transcript_only_with_the_coding_and_its_undo_without_it()
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
    public void A_theme_change_re_indexes_the_transcripts_coded_with_it()
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
}
