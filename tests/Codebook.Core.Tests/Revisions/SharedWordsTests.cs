using Codebook.Core.Revisions;

namespace Codebook.Core.Tests.Revisions;

[TestClass]
public sealed class SharedWordsTests
{
    [TestMethod]
    public void TheSameWordsInAnyOrderAreAllShared()
    {
        Assert.AreEqual(1.0, SharedWords.ShareOf("les chiffres, toujours les chiffres", "toujours les chiffres; les chiffres"));
        Assert.AreEqual(1.0, SharedWords.ShareOf("", "anything"));
    }

    [TestMethod]
    public void AWordCountsAsOftenAsTheOtherTextHasIt()
    {
        // "les" twice in the old text, once in the new: 3 of the 11 letters of "les les quota" are missing.
        Assert.AreEqual(8.0 / 11, SharedWords.ShareOf("les les quota", "les quota"), 1e-9);
    }

    [TestMethod]
    public void AnotherInterviewSharesLittle()
    {
        Assert.IsLessThan(0.5, SharedWords.ShareOf(
            "On a commencé à anonymiser les CV des jeunes.", "Registramos cada acción en el programa, todas las cifras."));
    }
}
