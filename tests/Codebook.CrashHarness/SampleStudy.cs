using Codebook.Testing;

namespace Codebook.CrashHarness;

/// <summary>The projects the operations start from, built once through the CLI from the repository's sample study
/// (corpus-samples/, themes/), each in its own folder as <c>study.codebook</c> with its search index:
/// <c>themes</c> (the codebook only), <c>coded</c> (the interviews coded by ana) and <c>other</c> (the same
/// interviews coded by luis, for a project merge).</summary>
public sealed class SampleStudy
{
    public const string ProjectName = "study.codebook";

    private SampleStudy(string folder) => Folder = folder;

    public string Folder { get; }

    public string Base(string name) => Path.Combine(Folder, name);

    public static SampleStudy Build(string folder)
    {
        var study = new SampleStudy(folder);
        var themes = study.Create("themes", "ana");
        Require(themes, "themes", "import", Repository.StudyCodebook);
        foreach (var (name, coder) in new[] { ("coded", "ana"), ("other", "luis") })
        {
            var project = study.Create(name, coder);
            Require(project, "import", Repository.Interviews);
            var codings = Directory.GetFiles(Repository.Codings, $"*.{coder}.yaml").Order(StringComparer.Ordinal);
            Require(project, ["themes", "import", Repository.StudyCodebook]);
            Require(project, ["codings", "import", .. codings]);
        }
        return study;
    }

    /// <summary>Copies a base project (file and index) into <paramref name="target"/>, as <c>study.codebook</c>.</summary>
    public void CopyBase(string name, string target) => CopyFolder(Base(name), target);

    private CodebookRunner Create(string name, string coder)
    {
        var codebook = new CodebookRunner(Path.Combine(Base(name), ProjectName), coder);
        Directory.CreateDirectory(Base(name));
        Require(codebook, "init", codebook.Project);
        return codebook;
    }

    private static void Require(CodebookRunner codebook, params string[] args)
    {
        var outcome = codebook.Run(args);
        if (!outcome.Succeeded) throw new InvalidOperationException($"building the sample study: {outcome.Describe(args)}");
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        foreach (var folder in Directory.GetDirectories(source)) CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
    }
}
