using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Themes;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Themes;

[TestClass]
public sealed class CodebookVersionsTests
{
    private static CodebookVersions Versions(SmallCodebook codebook) => new(codebook.Store, new Coder("ana"), SystemClock.Instance);

    private static string Describe(ThemeDifference d) => $"{d.Kind} {d.Theme} {d.Before} -> {d.After}";

    [TestMethod]
    public void ASnapshotIsAnUndoableChangeAndDiffNamesWhatChangedSince()
    {
        using var codebook = new SmallCodebook();
        var versions = Versions(codebook);
        versions.Snapshot("v1");
        var themes = codebook.Themes();
        themes.Rename("gaming", "Gaming indicators");
        themes.Merge("dashboards", "quotas");
        themes.Move("quotas", null);
        themes.Delete("resistance");
        themes.Add("targets", "Targets");
        themes.Split("numbers", [new ThemeSplitPart("counting", null, [])]);
        codebook.Store.Commit("ana", "edit", "rules", changes =>
        {
            var gaming = codebook.Theme("gaming");
            gaming.Definition = "Making the figures look better than the work.";
            gaming.Exclude = ["Honest mistakes."];
            changes.Put(gaming);
        });
        versions.Snapshot("v2");

        var differences = versions.Diff("v1", "v2").Select(Describe).ToList();

        CollectionAssert.AreEqual(new[]
        {
            "Added targets  -> Targets",
            "Removed resistance Resistance -> ",
            "Merged dashboards Dashboards -> quotas",
            "Split numbers  -> counting",
            "Renamed gaming Gaming -> Gaming indicators",
            "Moved quotas numbers -> ",
            "Redefined gaming  -> Making the figures look better than the work.",
            "RulesChanged gaming  -> exclude",
        }, differences);
        CollectionAssert.AreEqual(differences, versions.Diff("v1", CodebookVersions.Current).Select(Describe).ToList());
        Assert.IsEmpty(versions.Diff("v2", CodebookVersions.Current));
    }

    [TestMethod]
    public void SnapshotsAreListedAndUndoRemovesOne()
    {
        using var codebook = new SmallCodebook();
        var versions = Versions(codebook);

        versions.Snapshot("v1");
        versions.Snapshot("after round 2");

        CollectionAssert.AreEqual(new[] { "v1", "after round 2" }, codebook.Store.Snapshots().Select(s => s.Label).ToList());
        Assert.HasCount(5, codebook.Store.Snapshots()[0].Themes);
        codebook.Store.Undo("ana");
        CollectionAssert.AreEqual(new[] { "v1" }, codebook.Store.Snapshots().Select(s => s.Label).ToList());
    }

    [TestMethod]
    [DataRow("v1", ErrorCode.IdConflict)]
    [DataRow("current", ErrorCode.Usage)]
    [DataRow(" ", ErrorCode.Usage)]
    public void ATakenOrReservedLabelIsRefused(string label, ErrorCode expected)
    {
        using var codebook = new SmallCodebook();
        Versions(codebook).Snapshot("v1");
        var log = codebook.Store.Changes().Count;

        Assert.AreEqual(expected, Assert.ThrowsExactly<CodebookException>(() => Versions(codebook).Snapshot(label)).Code);
        Assert.HasCount(log, codebook.Store.Changes());
    }

    [TestMethod]
    public void AnUnknownSnapshotIsNamed()
    {
        using var codebook = new SmallCodebook();

        var error = Assert.ThrowsExactly<CodebookException>(() => Versions(codebook).Diff("v9", CodebookVersions.Current));

        Assert.AreEqual(ErrorCode.NotFound, error.Code);
        StringAssert.Contains(error.Message, "no snapshot 'v9'");
    }
}
