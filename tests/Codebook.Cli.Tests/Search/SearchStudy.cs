using Codebook.Testing;

namespace Codebook.Cli.Tests.Search;

/// <summary>The sample study imported once, with the governance-by-numbers codebook, a few codings and three short
/// interviews the sample lacks (l’école with a curly apostrophe, educación, résister, a second territory). Each test
/// works on its own copy, so the template's project file and index stay as built.</summary>
internal static class SearchStudy
{
    private static readonly Lazy<TempFolder> Template = new(Build);

    private const string Claire =
        "---\nid: fr98-claire\nlanguage: fr\ninterviewer: ENQ\ncase: claire\nattributes:\n  territory: croissant\n---\n" +
        "ENQ : Et l’école ?\n\nCLAIRE : L’école, c’est fini. Là-bas on a appris à résister.\n";

    private const string Marta =
        "---\nid: es98-marta\nlanguage: es\ninterviewer: ENTREVISTADORA\ncase: marta\nattributes:\n  territory: croissant\n---\n" +
        "ENTREVISTADORA: ¿Y las cifras de la educación?\n\nMARTA: La educación pública no sale en ningún informe.\n";

    private const string Pablo =
        "---\nid: es99-pablo\nlanguage: es\ninterviewer: ENTREVISTADOR\ncase: pablo\nattributes:\n  territory: south-east\n---\n" +
        "ENTREVISTADOR: ¿Y usted?\n\nPABLO: Yo vivo de las cifras, cada semana.\n";

    /// <summary>Deletes the template, if it was built.</summary>
    public static void Delete()
    {
        if (Template.IsValueCreated) Template.Value.Dispose();
    }

    /// <summary>A fresh copy of the study: project file and its index folder.</summary>
    public static TempFolder Copy()
    {
        var copy = new TempFolder();
        File.Copy(Template.Value.Project, copy.Project);
        var index = Template.Value.Project + ".index";
        Directory.CreateDirectory(copy.Project + ".index");
        foreach (var file in Directory.GetFiles(index)) File.Copy(file, Path.Combine(copy.Project + ".index", Path.GetFileName(file)));
        return copy;
    }

    /// <summary>Codings: two sub-themes of resistance in French; quantification (through sub-themes) on es12-lucia's
    /// turns about cifras, on an interviewer's question and on a participant in another territory; malaise on a
    /// participant's cifras in the same territory.</summary>
    private static TempFolder Build()
    {
        var temp = new TempFolder();
        Run(temp, "init", temp.Project);
        Run(temp, "--project", temp.Project, "import", Repository.Interviews);
        Run(temp, "--project", temp.Project, "import", temp.Write("fr98-claire.txt", Claire), temp.Write("es98-marta.txt", Marta), temp.Write("es99-pablo.txt", Pablo));
        Run(temp, "--project", temp.Project, "themes", "import", Repository.StudyCodebook);
        Code(temp, "fr01-nadia", "anonymising-cvs", "on a commencé à anonymiser les CV");
        Code(temp, "fr03-fatima", "circumventing-rules", "Certains avaient des pratiques de résistance");
        Code(temp, "es12-lucia", "reporting-pressure", "Pues para las cifras");
        Code(temp, "es12-lucia", "dashboards-comparison", "con las cifras por antena");
        Code(temp, "es98-marta", "reporting-pressure", "¿Y las cifras de la educación?");
        Code(temp, "es99-pablo", "reporting-pressure", "Yo vivo de las cifras");
        Code(temp, "es14-carmen", "malaise", "Y eso son cifras oficiales");
        return temp;
    }

    private static void Code(TempFolder temp, string transcript, string theme, string match) =>
        Run(temp, "--project", temp.Project, "--coder", "ana", "code", transcript, "--theme", theme, "--match", match);

    private static void Run(TempFolder temp, params string[] args)
    {
        var run = CliRun.Of(args);
        if (run.ExitCode != 0) throw new InvalidOperationException($"building the search study failed in {temp.Root}: {string.Join(' ', args)}\n{run}");
    }
}
