using Codebook.Core.Agreement;
using Codebook.Core.Model;
using Codebook.Core.Tests.Analysis;
using Codebook.Core.Themes;

namespace Codebook.Core.Tests.Agreement;

[TestClass]
public sealed class DisagreementsTests
{
    /// <summary>Coding ids are random, so a coder's codings in a disagreement must not come in the order they are
    /// stored (here the later span first): the listing shows them as they come in the passage.</summary>
    [TestMethod]
    public void ACodersSpansInAPassageComeInTextOrder()
    {
        var transcript = SmallStudy.T1;
        var passage = transcript.Turns[1].Words; // "Les chiffres comptent. On triche un peu."
        var later = new Coding { Id = "c1", TranscriptId = "t1", Coder = "luis", ThemeId = "resistance", Start = passage.Start + 23, End = passage.End };
        var earlier = new Coding { Id = "c2", TranscriptId = "t1", Coder = "luis", ThemeId = "resistance", Start = passage.Start, End = passage.Start + 12 };
        var scope = new AgreementScope(["ana", "luis"], [transcript], new ThemeTree([new Theme { Id = "resistance" }]), [later, earlier]);

        var found = Disagreements.Of(scope).Single();

        Assert.IsEmpty(found.CodingsA);
        CollectionAssert.AreEqual(new[] { "c2", "c1" }, found.CodingsB.Select(c => c.Id).ToList());
    }
}
