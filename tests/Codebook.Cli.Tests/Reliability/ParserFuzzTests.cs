using Codebook.Fuzz;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Cli.Tests.Reliability;

/// <summary>A few dozen inputs per parser on every build, made as the fuzz runner makes them (tests/Codebook.Fuzz,
/// docs/RELIABILITY.md): a parser reads them or refuses them with our error saying where and what to do — never
/// another exception, never a hang. The runner tries hundreds of thousands.</summary>
[TestClass]
public sealed class ParserFuzzTests
{
    [TestMethod]
    [DataRow("txt")]
    [DataRow("md")]
    [DataRow("vtt")]
    [DataRow("srt")]
    [DataRow("front-matter")]
    [DataRow("docx")]
    [DataRow("docx-xml")]
    [DataRow("codebook")]
    [DataRow("codings")]
    [DataRow("qdc")]
    [DataRow("qdpx")]
    [DataRow("qdpx-xml")]
    [DataRow("query")]
    [DataRow("citation-template")]
    public void MutatedRealInputIsReadOrRefusedClearly(string parser)
    {
        var target = FuzzSeeds.Targets[parser];
        var inputs = ArbMap.Default.ArbFor<int>().Generator.Select(seed => target.Prepare(Mutator.Make(target.Seeds, new Random(seed)))).ToArbitrary();

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), Prop.ForAll(inputs, file =>
        {
            var (outcome, error) = FuzzTrial.Run(target, file, FuzzTrial.HangGuard);
            Assert.IsTrue(outcome is FuzzOutcome.Read or FuzzOutcome.Refused, $"{outcome}: {error}");
        }));
    }

    [TestMethod]
    public void EveryParserIsFuzzedHere() =>
        CollectionAssert.AreEquivalent(FuzzSeeds.Targets.All.Select(t => t.Name).ToList(),
            typeof(ParserFuzzTests).GetMethod(nameof(MutatedRealInputIsReadOrRefusedClearly))!
                .GetCustomAttributes(typeof(DataRowAttribute), false).Cast<DataRowAttribute>().Select(r => (string)r.Data[0]!).ToList());
}
