using Codebook.Testing;

namespace Codebook.Cli.Tests.Agreement;

/// <summary>Agreement between the sample study's two coders (ana on all interviews, luis on six), from the sample codings.</summary>
[TestClass]
public sealed class SampleStudyAgreementTests
{
    private TempFolder _temp = null!;

    [TestInitialize]
    public void CodeTheSampleStudy()
    {
        _temp = new TempFolder();
        CodedStudy.Build(_temp.Project);
    }

    [TestCleanup]
    public void DeleteProject() => _temp.Dispose();

    private CliRun Ok(params string[] args)
    {
        var run = CliRun.Of(["--project", _temp.Project, "--coder", "sup", .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    private double ResistanceAlpha() => Ok("agree", "--coders", "ana,luis", "--theme", "resistance", "--json").Json()
        .GetProperty("themes")[0].GetProperty("krippendorffAlpha").GetProperty("value").GetDouble();

    [TestMethod]
    public void AgreeComparesTheSixDoubleCodedInterviews()
    {
        var json = Ok("agree", "--coders", "ana,luis", "--json").Json();

        Assert.AreEqual(6, json.GetProperty("transcripts").GetArrayLength());
        Assert.IsTrue(json.GetProperty("themes").GetArrayLength() > 1);
        var overall = json.GetProperty("overall").GetProperty("krippendorffAlpha").GetProperty("value").GetDouble();
        Assert.IsTrue(overall is > 0 and < 1, $"overall α {overall}");
    }

    [TestMethod]
    public void SettlingADisagreementRaisesTheNextAgreementAndUndoTakesItBack()
    {
        var before = ResistanceAlpha();
        var listed = Ok("disagreements", "--coders", "ana,luis", "--theme", "resistance", "--json").Json();
        var id = listed[0].GetProperty("id").GetString()!;

        var settled = Ok("settle", id, "keep-a", "--coders", "ana,luis");
        var after = ResistanceAlpha();

        StringAssert.Contains(settled.Out, $"settled {id}: keep-a");
        Assert.IsTrue(after > before, $"{before} then {after}");
        Assert.AreEqual(listed.GetArrayLength() - 1, Ok("disagreements", "--coders", "ana,luis", "--theme", "resistance", "--json").Json().GetArrayLength());
        StringAssert.Contains(Ok("log").Out, $"settled {id}");
        Ok("undo");
        Assert.AreEqual(before, ResistanceAlpha(), 1e-12);
    }

    [TestMethod]
    public void SettlingAsConsensusLeavesBothCodersAlone()
    {
        var before = ResistanceAlpha();
        var id = Ok("disagreements", "--coders", "ana,luis", "--theme", "resistance", "--json").Json()[0].GetProperty("id").GetString()!;

        Ok("settle", id, "keep-both", "--coders", "ana,luis", "--as", "consensus");

        Assert.AreEqual(before, ResistanceAlpha(), 1e-12);
        StringAssert.Contains(Ok("log").Out, "as consensus");
        // The consensus coder now has codings of its own to compare.
        Ok("agree", "--coders", "ana,consensus", "--transcripts", id.Split('/')[0]);
    }

    [TestMethod]
    public void OneCoderIsRefused()
    {
        var run = CliRun.Of("--project", _temp.Project, "agree", "--coders", "ana");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "at least two coders");
    }
}
