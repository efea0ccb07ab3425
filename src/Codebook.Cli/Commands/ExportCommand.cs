using System.CommandLine;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook export quotes|report ...</c>: what leaves the project for manuscripts and supervisors.</summary>
public static class ExportCommand
{
    public static Command Create(GlobalOptions globals, CliContext context) =>
        new("export", "Write quotes or a codebook report to a file, pseudonymised")
        {
            ExportQuotesCommand.Create(globals, context),
            ExportReportCommand.Create(globals, context),
        };

    /// <summary>The file an export writes, written whole once everything is ready, so a refused export leaves no file.</summary>
    public static Option<string> Output() => new("--output", "-o", "--out") { Description = "The file to write", Required = true };

    public static Option<bool> AllowRealNames() =>
        new("--allow-real-names") { Description = "Write quotes even when a listed real name is still found in them (e.g. inside another word)" };

    public static void WriteFile(string path, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        File.WriteAllBytes(path, buffer.ToArray());
    }
}
