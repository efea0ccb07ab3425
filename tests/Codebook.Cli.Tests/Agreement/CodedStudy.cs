using Codebook.Testing;

namespace Codebook.Cli.Tests.Agreement;

/// <summary>The sample study built through the command line: interviews, codebook, and the codings files matching
/// <c>pattern</c> (all of them: ana on every interview, luis on six).</summary>
internal static class CodedStudy
{
    public static void Build(string project, string pattern = "*.yaml")
    {
        Ok(project, "init", project);
        Ok(project, "import", Repository.Interviews);
        Ok(project, "themes", "import", Repository.StudyCodebook);
        Ok(project, ["codings", "import", .. Directory.GetFiles(Repository.Codings, pattern)]);
    }

    private static void Ok(string project, params string[] args)
    {
        var run = CliRun.Of(["--project", project, "--coder", "sup", .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
    }
}
