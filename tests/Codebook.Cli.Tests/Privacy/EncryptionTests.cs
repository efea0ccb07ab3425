using System.Text;
using System.Text.RegularExpressions;
using Codebook.Storage;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Privacy;

[TestClass]
public sealed class EncryptionTests
{
    /// <summary>Words of the sample interview fr01-nadia, easy to look for in raw bytes.</summary>
    private const string Sentence = "la coordinatrice c'était encore Madame Verhaegen";

    private static string Nadia => Path.Combine(Repository.Interviews, "fr01-nadia.txt");

    private TempFolder _temp = null!;
    private string _password = null!;

    [TestInitialize]
    public void WritePasswordFile()
    {
        _temp = new TempFolder();
        _password = _temp.Write("secret/pw.txt", "correct horse\n");
    }

    [TestCleanup]
    public void Delete() => _temp.Dispose();

    private CliRun Run(params string[] args) => CliRun.Of(["--project", _temp.Project, .. args]);

    private CliRun Ok(params string[] args)
    {
        var run = Run(args);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    [TestMethod]
    public void AnEncryptedProjectWorksWithItsPasswordAndLeavesNoTextInClearAnywhere()
    {
        StringAssert.Contains(Ok("init", _temp.Project, "--password", "--password-file", _password).Out, "Created encrypted project");
        Ok("--password-file", _password, "import", Nadia);

        var found = Ok("--password-file", _password, "search", "Verhaegen");

        StringAssert.Contains(found.Out, "Verhaegen");
        Assert.AreEqual("", found.Error, "an index in memory is no news");
        AssertNoFileHoldsTheSentence();
    }

    [TestMethod]
    public void WithoutItsPasswordOrWithAWrongOneAnEncryptedProjectSaysSoAndOpensNothing()
    {
        Ok("init", _temp.Project, "--password", "--password-file", _password);
        var wrong = _temp.Write("secret/wrong.txt", "incorrect horse");

        var none = Run("transcripts");
        var bad = Run("--password-file", wrong, "transcripts");

        Assert.AreEqual(ExitCodes.UsageOrProject, none.ExitCode);
        StringAssert.Contains(none.Error, "the project is encrypted and no password was given");
        StringAssert.Contains(none.Error, "CODEBOOK_PASSWORD");
        Assert.AreEqual(ExitCodes.UsageOrProject, bad.ExitCode);
        StringAssert.Contains(bad.Error, "the password does not open this encrypted project");
    }

    [TestMethod]
    public void EncryptingAProjectEncryptsItsBackupsMadeBeforeWhichStillRestoreWithThePassword()
    {
        Ok("init", _temp.Project);
        Ok("import", Nadia);
        var backup = Path.GetFileName(Regex.Match(Ok("backup").Out, @"Backed up to (\S+) \(").Groups[1].Value);
        Ok("import", Path.Combine(Repository.Interviews, "fr03-fatima.txt"));

        StringAssert.Contains(Ok("--password-file", _password, "encrypt").Out, "Encrypted with the same password: 1 backup made before");

        AssertNoFileHoldsTheSentence();
        Assert.AreEqual(ExitCodes.UsageOrProject, Run("restore", backup).ExitCode, "an encrypted backup needs the password");
        Ok("--password-file", _password, "restore", backup);
        var transcripts = Ok("--password-file", _password, "transcripts").Out;
        StringAssert.Contains(transcripts, "fr01-nadia");
        Assert.DoesNotContain("fr03-fatima", transcripts);
        AssertNoFileHoldsTheSentence();

        var again = Run("--password-file", _password, "encrypt");
        Assert.AreEqual(ExitCodes.UsageOrProject, again.ExitCode);
        StringAssert.Contains(again.Error, "the project is already encrypted");

        StringAssert.Contains(Ok("--password-file", _password, "decrypt").Out, "The backups stay encrypted");
        Ok("--password-file", _password, "restore", backup);
        StringAssert.Contains(Ok("--password-file", _password, "transcripts").Out, "fr01-nadia");
    }

    /// <summary>A real <c>encrypt</c> process killed while it works on the backups (once its first
    /// <c>.converting</c> file appears, or the project is encrypted): every backup still opens whole, in clear as it
    /// was or encrypted with the password, and <c>encrypt</c> run again finishes the work.</summary>
    [TestMethod]
    public void KilledWhileEncryptingBackupsEachIsWholeAndEncryptingAgainFinishes()
    {
        Ok("init", _temp.Project);
        Ok("import", Repository.Interviews);
        for (var i = 0; i < 3; i++) Ok("backup");
        var folder = _temp.Project + ".backups";
        var backups = Directory.GetFiles(folder, "*.codebook");
        var transcripts = Transcripts(backups[0], null);

        using (var encrypting = SecondProcess.Start("--project", _temp.Project, "--password-file", _password, "encrypt"))
        {
            var until = DateTime.UtcNow.AddMinutes(2);
            while (!encrypting.HasExited && DateTime.UtcNow < until
                && Directory.GetFiles(folder, "*.converting").Length == 0 && !ProjectFile.IsEncrypted(_temp.Project)) Thread.Sleep(1);
            if (!encrypting.HasExited) encrypting.Kill();
            encrypting.WaitForExit();
        }

        foreach (var backup in backups)
        {
            Assert.AreEqual(transcripts, Transcripts(backup, ProjectFile.IsEncrypted(backup) ? "correct horse" : null), $"{Path.GetFileName(backup)} is whole");
        }
        var again = Run("--password-file", _password, "encrypt");
        Assert.IsTrue(again.ExitCode == 0 || again.Error.Contains("already encrypted"), again.ToString());
        AssertNoFileHoldsTheSentence();
        Ok("--password-file", _password, "restore", Path.GetFileName(backups[0]));
        StringAssert.Contains(Ok("--password-file", _password, "transcripts").Out, "fr01-nadia");
    }

    [TestMethod]
    public void EncryptingAnExistingProjectRemovesItsIndexAndDecryptingBringsItBackToClear()
    {
        Ok("init", _temp.Project);
        Ok("import", Nadia);
        Ok("search", "Verhaegen");
        Assert.IsTrue(Directory.Exists(_temp.Project + ".index"));

        StringAssert.Contains(Ok("--password-file", _password, "encrypt").Out, "Encrypted");

        Assert.IsFalse(Directory.Exists(_temp.Project + ".index"));
        AssertNoFileHoldsTheSentence();
        StringAssert.Contains(Ok("--password-file", _password, "transcripts").Out, "fr01-nadia");
        Assert.AreEqual(ExitCodes.UsageOrProject, Run("transcripts").ExitCode);

        StringAssert.Contains(Ok("--password-file", _password, "decrypt").Out, "Decrypted");

        StringAssert.Contains(Ok("search", "Verhaegen").Out, "Verhaegen");
    }

    private static int Transcripts(string file, string? password)
    {
        using var db = new LiteDB.LiteDatabase(new LiteDB.ConnectionString { Filename = file, Password = password });
        return db.GetCollection("transcripts").Count();
    }

    private void AssertNoFileHoldsTheSentence()
    {
        var needles = new[] { Encoding.UTF8.GetBytes(Sentence), Encoding.Unicode.GetBytes(Sentence), Encoding.UTF8.GetBytes("Verhaegen") };
        foreach (var file in Directory.GetFiles(_temp.Root, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var needle in needles) Assert.IsLessThan(0, bytes.AsSpan().IndexOf(needle), $"{Path.GetFileName(file)} holds interview text in clear");
        }
    }
}
