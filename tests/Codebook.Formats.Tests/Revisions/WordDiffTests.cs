using Codebook.Core.Model;
using Codebook.Core.Revisions;
using Codebook.Formats.Revisions;

namespace Codebook.Formats.Tests.Revisions;

[TestClass]
public sealed class WordDiffTests
{
    [TestMethod]
    public void RunsAreWhatBothTextsShareInOrder()
    {
        const string oldText = "NADIA : On a commencé à anonymiser les CV.\nENQ : Et après ?";
        const string newText = "NADIA : Bon. On a commencé à anonymiser leurs CV.\nENQ : Et après ?";

        var runs = WordDiff.Instance.UnchangedRuns(oldText, newText);

        foreach (var run in runs)
        {
            Assert.AreEqual(oldText.Substring(run.OldStart, run.Length), newText.Substring(run.NewStart, run.Length));
        }
        Assert.AreEqual(oldText.Length - "les".Length, runs.Sum(r => r.Length));
        CollectionAssert.AreEqual(new[] { "NADIA : ", "On a commencé à anonymiser ", " CV.\nENQ : Et après ?" },
            runs.Select(r => oldText.Substring(r.OldStart, r.Length)).ToList());
    }

    [TestMethod]
    public void ACorrectedWordIsOneEditNotScatteredLetters()
    {
        const string oldText = "les chifres, toujours";
        const string newText = "les chiffres, toujours";

        var runs = WordDiff.Instance.UnchangedRuns(oldText, newText);

        CollectionAssert.AreEqual(new[] { "les ", ", toujours" }, runs.Select(r => oldText.Substring(r.OldStart, r.Length)).ToList());
    }

    [TestMethod]
    public void IdenticalTextsAreOneRunAndDisjointTextsNone()
    {
        CollectionAssert.AreEqual(new[] { new UnchangedRun(0, 0, 9) }, WordDiff.Instance.UnchangedRuns("même mot.", "même mot.").ToList());
        Assert.HasCount(0, WordDiff.Instance.UnchangedRuns("abc", "xyz"));
        Assert.HasCount(0, WordDiff.Instance.UnchangedRuns("", "xyz"));
    }

    [TestMethod]
    public void ACodingFollowsACorrectionInsideItAndASentenceInsertedBeforeIt()
    {
        const string oldText = "ENQ : Et le quota ?\nNADIA : On ferme la porte quand le quota est ateint. Voilà.";
        const string newText = "ENQ : Et le quota ?\nNADIA : C'est simple. On ferme la porte quand le quota est atteint. Voilà.";
        const string coded = "On ferme la porte quand le quota est ateint.";
        var start = oldText.IndexOf(coded, StringComparison.Ordinal);

        var map = new OffsetMap(oldText, newText, WordDiff.Instance.UnchangedRuns(oldText, newText));

        var span = map.Map(new TextSpan(start, start + coded.Length));
        Assert.IsNotNull(span);
        Assert.AreEqual("On ferme la porte quand le quota est atteint.", newText[span.Value.Start..span.Value.End]);
    }
}
