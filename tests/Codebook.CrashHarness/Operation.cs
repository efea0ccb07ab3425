using Codebook.Testing;

namespace Codebook.CrashHarness;

/// <summary>What the harness kills: <see cref="Steps"/>, runs of <c>codebook</c> one after the other on a copy of a
/// base project, one of them killed. <see cref="ReferenceSteps"/> make the same changes one change per run, so that
/// the project after each change can be read: an import of a folder is one run making a change per file, its
/// reference imports the files one by one.</summary>
/// <param name="Coder">Who makes the changes (not a coder of the sample codings, so no passage is already coded).</param>
/// <param name="WithOther">Whether the other coder's project is copied beside it (as <c>other.codebook</c>) for a merge.</param>
public sealed record Operation(string Name, string Base, IReadOnlyList<string[]> Steps, IReadOnlyList<string[]> ReferenceSteps,
    string Coder = "kim", bool WithOther = false)
{
    public const string OtherProject = "other.codebook";

    /// <summary>Stands in a step for the other coder's project, beside the copy the step runs on.</summary>
    public const string OtherToken = "{other}";

    /// <summary>The six operations of issue 10: import (of the folder <paramref name="interviews"/>, by default the sample
    /// study's 17), coding, auto-code, project merge, theme merge, index rebuild.</summary>
    public static IReadOnlyList<Operation> All(string? interviews = null)
    {
        interviews ??= Repository.Interviews;
        var files = Directory.GetFiles(interviews).Order(StringComparer.Ordinal).Select(file => new[] { "import", file }).ToList();
        string[][] coding =
        [
            ["code", "fr01-nadia", "--theme", "quantification", "--match", "statistiques"],
            ["code", "es12-lucia", "--theme", "reporting-pressure", "--match", "indicadores", "--memo", "written before a kill"],
            ["code", "fr04-bernard", "--theme", "anonymising-cvs", "--match", "anonymis", "--all"],
        ];
        string[][] autocode = [["autocode", "--query", "anonym*", "--theme", "anonymising-cvs", "--yes"]];
        string[][] merge = [["merge", OtherToken]];
        string[][] themeMerge = [["theme", "merge", "gaming-indicators", "--into", "quotas-targets"]];
        string[][] rebuild = [["index", "rebuild"]];
        return
        [
            new("import", "themes", [["import", interviews]], files),
            new("code", "coded", coding, coding),
            new("autocode", "coded", autocode, autocode),
            new("merge", "coded", merge, merge, WithOther: true),
            new("theme merge", "coded", themeMerge, themeMerge),
            new("index rebuild", "coded", rebuild, rebuild),
        ];
    }

    /// <summary>A fresh copy of the base project in <paramref name="folder"/>, and a runner on it.</summary>
    public CodebookRunner Prepare(SampleStudy study, string folder)
    {
        study.CopyBase(Base, folder);
        if (WithOther) File.Copy(Path.Combine(study.Base("other"), SampleStudy.ProjectName), Path.Combine(folder, OtherProject));
        return new CodebookRunner(Path.Combine(folder, SampleStudy.ProjectName), Coder);
    }

    /// <summary>Changes a killed run said were stored before it was stopped: import prints a line per file only after
    /// that file's change is committed. Other commands acknowledge their one change by exiting 0.</summary>
    public static int Acknowledged(string output) =>
        output.Split('\n').Count(line => line.StartsWith("  imported  ", StringComparison.Ordinal));
}
