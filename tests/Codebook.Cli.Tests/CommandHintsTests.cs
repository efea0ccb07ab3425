using Codebook.Cli.Output;
using Codebook.Core.Errors;

namespace Codebook.Cli.Tests;

/// <summary>Core names the input an error is about and the kind of hint; the command line says both as it takes them.</summary>
[TestClass]
public sealed class CommandHintsTests
{
    [TestMethod]
    public void AnInputCoreNamesIsSaidAsItsOptionAndTheHintWithIt()
    {
        var error = new CodebookException(ErrorCode.Usage, "no edge given", "bins", new ErrorHint(HintKind.BinsExample));

        Assert.AreEqual("--bins: no edge given — e.g. --bins 25,35,50", CommandHints.Describe(error));
        Assert.AreEqual("bins: no edge given — give the edges in increasing order, e.g. 25,35,50", error.Describe());
    }

    [TestMethod]
    public void APlaceThatIsNoInputIsSaidAsCoreGaveIt()
    {
        var error = new CodebookException(ErrorCode.NotFound, "no theme 'x'", "study.codebook", new ErrorHint(HintKind.ListThemes));

        Assert.AreEqual("study.codebook: no theme 'x' — 'codebook themes' lists them", CommandHints.Describe(error));
    }
}
