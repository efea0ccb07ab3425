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
        Ok("--password-file", _password, "theme", "add", "numbers", "--label", "Governance by numbers");
        Ok("--password-file", _password, "--coder", "ana", "code", "fr01-nadia", "--theme", "numbers", "--turn", "2");

        var found = Ok("--password-file", _password, "search", "Verhaegen");
        var again = Ok("--password-file", _password, "search", "theme:numbers");

        StringAssert.Contains(found.Out, "Verhaegen");
        StringAssert.Contains(again.Out, "1 passage found");
        Assert.AreEqual("", found.Error + again.Error, "each change updated the index on disk: no search rebuilds it");
        StringAssert.StartsWith(Ok("--password-file", _password, "index", "check").Out, "ok:");
        Assert.IsTrue(File.Exists(Path.Combine(_temp.Project + ".index", "codebook.key")), "the index is on disk, encrypted");
        AssertNoFileHoldsTheSentence();
    }

    [TestMethod]
    public void AnEncryptedProjectFindsWhatTheSameProjectInClearFinds()
    {
        var clear = Path.Combine(_temp.Root, "clear.codebook");
        string[] queries = ["Verhaegen", "chiffres", "\"tableau de bord\"", "anonym*", "cifras AND role:participant"];
        Ok("init", _temp.Project, "--password", "--password-file", _password);
        Assert.AreEqual(0, CliRun.Of("init", clear).ExitCode);
        foreach (var interview in new[] { Nadia, Path.Combine(Repository.Interviews, "es12-lucia.txt") })
        {
            Ok("--password-file", _password, "import", interview);
            Assert.AreEqual(0, CliRun.Of("--project", clear, "import", interview).ExitCode);
        }

        foreach (var query in queries)
        {
            var inClear = CliRun.Of("--project", clear, "search", query, "--limit", "1000");
            var encrypted = Ok("--password-file", _password, "search", query, "--limit", "1000");
            Assert.AreEqual(inClear.Out, encrypted.Out, query);
            Assert.DoesNotContain("No passage", encrypted.Out, query);
        }
    }

    [TestMethod]
    public void AWrongPasswordFailsClearlyAndLeavesTheEncryptedIndexAsItWas()
    {
        Ok("init", _temp.Project, "--password", "--password-file", _password);
        Ok("--password-file", _password, "import", Nadia);
        Ok("--password-file", _password, "search", "Verhaegen");
        var wrong = _temp.Write("secret/wrong.txt", "incorrect horse");
        var index = _temp.Project + ".index";
        var before = Directory.GetFiles(index).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        var bad = Run("--password-file", wrong, "search", "Verhaegen");

        Assert.AreEqual(ExitCodes.UsageOrProject, bad.ExitCode);
        StringAssert.Contains(bad.Error, "the password does not open this encrypted project");
        Assert.AreEqual("", bad.Out);
        var after = Directory.GetFiles(index).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.AreEqual(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++) CollectionAssert.AreEqual(before[i], after[i]);
        Assert.AreEqual("", Ok("--password-file", _password, "search", "Verhaegen").Error, "the index is still good");
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

    /// <summary>The index is carried across: re-keyed file by file, not rebuilt by the next search (on a large study
    /// that would take about the import's time), and nothing of it stays in clear.</summary>
    [TestMethod]
    public void EncryptingAndDecryptingAProjectReKeyItsIndexSoNoSearchRebuildsItAndNothingInClearRemains()
    {
        Ok("init", _temp.Project);
        Ok("import", Nadia);
        var before = Ok("search", "Verhaegen").Out;
        var index = _temp.Project + ".index";

        StringAssert.Contains(Ok("--password-file", _password, "encrypt").Out, "and its search index with the same password");

        Assert.IsTrue(File.Exists(Path.Combine(index, "codebook.key")), "the index is encrypted");
        Assert.IsFalse(Directory.Exists(index + ".rekeying"));
        AssertNoFileHoldsTheSentence();
        Assert.AreEqual(ExitCodes.UsageOrProject, Run("transcripts").ExitCode);
        var encrypted = Ok("--password-file", _password, "search", "Verhaegen");
        Assert.AreEqual(before, encrypted.Out);
        Assert.AreEqual("", encrypted.Error, "the encrypted index reflects the project: nothing to rebuild");
        StringAssert.StartsWith(Ok("--password-file", _password, "index", "check").Out, "ok:");

        StringAssert.Contains(Ok("--password-file", _password, "decrypt").Out, "the search index is in clear too");

        Assert.IsFalse(File.Exists(Path.Combine(index, "codebook.key")), "the index is in clear, as the project");
        var inClear = Ok("search", "Verhaegen");
        Assert.AreEqual(before, inClear.Out);
        Assert.AreEqual("", inClear.Error);
        StringAssert.StartsWith(Ok("index", "check").Out, "ok:");
    }

    /// <summary>An index that cannot be read is not carried: it goes, and the next search builds it encrypted.</summary>
    [TestMethod]
    public void EncryptingAProjectWhoseIndexIsDamagedDeletesItAndTheNextSearchBuildsItEncrypted()
    {
        Ok("init", _temp.Project);
        Ok("import", Nadia);
        Ok("search", "Verhaegen");
        var index = _temp.Project + ".index";
        foreach (var file in Directory.GetFiles(index, "*.cfs")) File.WriteAllBytes(file, File.ReadAllBytes(file)[..100]);

        StringAssert.Contains(Ok("--password-file", _password, "encrypt").Out, "The search index in clear is gone");

        Assert.IsFalse(Directory.Exists(index));
        AssertNoFileHoldsTheSentence();
        var encrypted = Ok("--password-file", _password, "search", "Verhaegen");
        StringAssert.Contains(encrypted.Out, "Verhaegen");
        StringAssert.Contains(encrypted.Error, "the search index was missing; rebuilt it");
        Assert.AreEqual("", Ok("--password-file", _password, "search", "Verhaegen").Error, "built once, then read from disk");
        AssertNoFileHoldsTheSentence();
    }

    /// <summary>What an <c>encrypt</c> interrupted after the project was encrypted leaves: the index in clear beside
    /// it. The next command that searches deletes it rather than reading it, and builds it encrypted.</summary>
    [TestMethod]
    public void AnIndexInClearLeftBesideAnEncryptedProjectIsDeletedAndRebuiltEncrypted()
    {
        LeaveTheIndexInClearBesideTheEncryptedProject();

        var found = Ok("--password-file", _password, "search", "Verhaegen");

        StringAssert.Contains(found.Out, "Verhaegen");
        StringAssert.Contains(found.Error, "the search index was damaged; rebuilt it");
        AssertNoFileHoldsTheSentence();
    }

    /// <summary>The same state, finished by running <c>encrypt</c> again: the index left in clear is encrypted with the
    /// project's password, so no search has to rebuild it.</summary>
    [TestMethod]
    public void EncryptingAgainEncryptsAnIndexLeftInClearByAnInterruptedEncrypt()
    {
        LeaveTheIndexInClearBesideTheEncryptedProject();

        StringAssert.Contains(Ok("--password-file", _password, "encrypt").Out, "what an interrupted 'encrypt' left is done now");

        AssertNoFileHoldsTheSentence();
        var found = Ok("--password-file", _password, "search", "Verhaegen");
        StringAssert.Contains(found.Out, "Verhaegen");
        Assert.AreEqual("", found.Error, "the index was encrypted, not deleted");
    }

    /// <summary>An encrypted project with its index as it was in clear: what <c>encrypt</c> leaves when it stops
    /// after the project file is encrypted.</summary>
    private void LeaveTheIndexInClearBesideTheEncryptedProject()
    {
        Ok("init", _temp.Project);
        Ok("import", Nadia);
        Ok("search", "Verhaegen");
        var inClear = Path.Combine(_temp.Root, "index-in-clear");
        CopyFolder(_temp.Project + ".index", inClear);
        Ok("--password-file", _password, "encrypt");
        Directory.Delete(_temp.Project + ".index", recursive: true);
        CopyFolder(inClear, _temp.Project + ".index");
        Directory.Delete(inClear, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
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
