using Codebook.Testing;

namespace Codebook.Cli.Tests.Framework;

/// <summary>A small project for the framework matrix: two cases (nadia, lucia), two themes, a few codings.</summary>
internal static class FrameworkStudy
{
    private const string Nadia =
        "---\nid: fr01-nadia\nlanguage: fr\ncase: nadia\nattributes:\n  role: frontline-worker\n---\n" +
        "ENQ : Et le soir ?\nNADIA : Je garde un cahier, comme Verhaegen. Je n'encode pas pendant l'entretien.\n" +
        "ENQ : Et les chiffres ?\nNADIA : Tout doit être encodé, chaque action a un code.\n";

    private const string Lucia =
        "---\nid: es12-lucia\nlanguage: es\ncase: lucia\nattributes:\n  role: frontline-worker\n---\n" +
        "ENT: ¿Y las cifras?\nLUCÍA: Hay que registrar cada acción, todo el día, con presión de la dirección.\n";

    public static TempFolder Create()
    {
        var temp = new TempFolder();
        CliRun.Of("init", temp.Project);
        Ok(temp, "import", temp.Write("fr01-nadia.md", Nadia), temp.Write("es12-lucia.md", Lucia));
        ProjectSeed.AddThemes(temp.Project, "resistance", "reporting-pressure");
        Ok(temp, "code", "fr01-nadia", "--theme", "resistance", "--match", "Je garde un cahier, comme Verhaegen.");
        Ok(temp, "code", "fr01-nadia", "--theme", "reporting-pressure", "--match", "Tout doit être encodé");
        Ok(temp, "code", "es12-lucia", "--theme", "reporting-pressure", "--match", "Hay que registrar cada acción");
        return temp;
    }

    public static CliRun Ok(TempFolder temp, params string[] args)
    {
        var run = CliRun.Of(["--project", temp.Project, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }
}
