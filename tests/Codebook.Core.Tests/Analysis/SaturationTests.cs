using Codebook.Core.Analysis;

namespace Codebook.Core.Tests.Analysis;

[TestClass]
public sealed class SaturationTests
{
    private static string Steps(AnalysisScope scope) => string.Join("; ", Saturation.Of(scope).Select(s =>
        $"{s.Position} {s.Transcript.Id}: {s.Themes} +[{string.Join(",", s.NewThemes.Select(t => t.Id))}] = {s.Cumulative}"));

    [TestMethod]
    public void InterviewsComeInTheOrderCodingBeganOnThem()
    {
        // t2 was imported after t1 but coded first (09:00); t3 has no coding; k7's deleted theme does not count.
        Assert.AreEqual("1 t2: 2 +[numbers,resistance] = 2; 2 t1: 3 +[quotas] = 3", Steps(SmallStudy.Scope()));
    }

    [TestMethod]
    public void TiesGoByImportOrder()
    {
        var first = SmallStudy.Code("a", SmallStudy.T2, "numbers", "tableaux", 8, 0);
        var second = SmallStudy.Code("b", SmallStudy.T1, "numbers", "quota", 8, 0);
        var scope = new AnalysisScope([SmallStudy.T2, SmallStudy.T1], [], SmallStudy.Themes, [first, second]);

        Assert.AreEqual("1 t1: 1 +[numbers] = 1; 2 t2: 1 +[] = 1", Steps(scope));
    }

    [TestMethod]
    public void EmptyProjectHasNoSteps()
    {
        Assert.AreEqual("", Steps(new AnalysisScope([], [], [], [])));
    }
}
