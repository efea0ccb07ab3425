namespace Codebook.Cli.Tests;

/// <summary><c>codebook tui --lang</c>: a language the UI does not speak is refused before anything opens.</summary>
[TestClass]
public sealed class TuiCommandTests
{
    [TestMethod]
    [DataRow("tui", "--lang", "de")]
    [DataRow("--lang", "de")]
    [DataRow("--lang=de")]
    public void ALanguageTheUiDoesNotSpeakIsAUsageError(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "--lang: the UI speaks en, fr or es, not 'de'", run.ToString());
    }
}
