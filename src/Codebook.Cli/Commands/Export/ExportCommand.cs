using System.CommandLine;
using Codebook.Core.Errors;
using Codebook.Core.Pseudonyms;
using Codebook.Formats.Quotes;

namespace Codebook.Cli.Commands.Export;

/// <summary><c>codebook export quotes|report|framework|memos|qdc|qdpx ...</c>: what leaves the project — quotes for manuscripts,
/// reports for supervisors, the framework matrix and memos for writing up, the codebook or the whole project for other tools.</summary>
public static class ExportCommand
{
    public static Command Create(GlobalOptions globals, CliContext context) =>
        new("export", "Write quotes, a codebook report, the framework matrix, memos, or the project for other tools (REFI-QDA)")
        {
            ExportQuotesCommand.Create(globals, context),
            ExportReportCommand.Create(globals, context),
            ExportFrameworkCommand.Create(globals, context),
            ExportMemosCommand.Create(globals, context),
            ExportRefiCommand.Qdc(globals, context),
            ExportRefiCommand.Qdpx(globals, context),
        };

    public static Option<string> Output(string example = "FILE") =>
        new("--output", "-o", "--out") { Description = $"The file to write ({example})", Required = true };

    public static Option<bool> AllowRealNames() =>
        new("--allow-real-names") { Description = "Write quotes even when a listed real name is still found in them (e.g. inside another word)" };

    /// <summary>Writes an export only after reading all of it, its name included, for the real names of the pseudonym
    /// table (<see cref="RealNameScan"/>): with one left, nothing is written, unless <paramref name="allowRealNames"/>
    /// (then each is a warning).</summary>
    public static void WriteChecked(string path, Action<Stream> write, Pseudonymiser pseudonymiser, bool allowRealNames, CliContext context)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        var content = buffer.ToArray();
        var found = RealNameScan.Find(pseudonymiser, OutputText.Of(Path.GetFileName(path), content));
        if (!allowRealNames) RealNameScan.Refuse(found, Path.GetFileName(path));
        foreach (var left in found) context.Error.WriteLine($"warning: real name written (--allow-real-names): {left}");
        WriteFile(path, stream => stream.Write(content));
    }

    /// <summary>Written beside the target first, then moved into place: a refused or interrupted export never leaves
    /// a file, nor half of one.</summary>
    public static void WriteFile(string path, Action<Stream> write)
    {
        var partial = path + ".partial";
        try
        {
            using (var stream = File.Create(partial)) write(stream);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e)
        {
            // In a folder that does not exist there is nothing to delete, and deleting would throw.
            if (File.Exists(partial)) File.Delete(partial);
            if (e is IOException or UnauthorizedAccessException)
            {
                throw new CodebookException(ErrorCode.Usage, $"cannot write the file: {e.Message}", path, "check the folder exists and can be written", e);
            }
            throw;
        }
    }
}
