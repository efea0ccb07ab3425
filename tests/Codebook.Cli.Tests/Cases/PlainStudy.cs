using Codebook.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Cli.Tests.Cases;

/// <summary>The 17 sample interviews with their YAML front matter taken out (no case, no attribute: what a team's
/// own transcripts look like), imported with the study's codebook and ana's codings into a new project.</summary>
internal static class PlainStudy
{
    public static TempFolder Build()
    {
        var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(Repository.Interviews))
        {
            var target = temp.PathOf(Path.Combine("interviews", Path.GetFileName(file)));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (Path.GetExtension(file) == ".docx") CopyWord(file, target);
            else File.WriteAllLines(target, WithoutFrontMatter(File.ReadAllLines(file)));
        }
        Run("init", temp.Project);
        Run("--project", temp.Project, "import", temp.PathOf("interviews"));
        Run("--project", temp.Project, "themes", "import", Repository.StudyCodebook);
        Run(["--project", temp.Project, "codings", "import", .. Directory.GetFiles(Repository.Codings, "*.ana.yaml")]);
        return temp;
    }

    private static void Run(params string[] args)
    {
        var run = CliRun.Of(args);
        if (run.ExitCode != 0) throw new InvalidOperationException(run.ToString());
    }

    /// <summary>The lines from the first <c>---</c> to the next one go (in a subtitle file, inside its NOTE).</summary>
    private static IEnumerable<string> WithoutFrontMatter(string[] lines)
    {
        int start = Array.IndexOf(lines, "---");
        int end = start < 0 ? -1 : Array.IndexOf(lines, "---", start + 1);
        return end < 0 ? lines : lines.Take(start).Concat(lines.Skip(end + 1));
    }

    private static void CopyWord(string source, string target)
    {
        File.Copy(source, target);
        using var document = WordprocessingDocument.Open(target, isEditable: true);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();
        int start = paragraphs.FindIndex(p => p.InnerText.Trim() == "---");
        int end = paragraphs.FindIndex(start + 1, p => p.InnerText.Trim() == "---");
        foreach (var paragraph in paragraphs.Skip(start).Take(end - start + 1)) paragraph.Remove();
    }
}
