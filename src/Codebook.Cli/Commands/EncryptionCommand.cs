using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Text;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Storage.Backups;

namespace Codebook.Cli.Commands;

/// <summary><c>codebook encrypt</c> and <c>codebook decrypt</c>: rewrite an existing project with or without a password
/// (<see cref="ProjectFile.ChangePassword"/>: written beside, checked, swapped in one rename).</summary>
public static class EncryptionCommand
{
    public static Command Encrypt(GlobalOptions globals, CliContext context)
    {
        var command = new Command("encrypt", "Encrypt the project file with a password (AES); its search index then stays in memory");
        command.SetAction(parse =>
        {
            var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
            if (ProjectFile.IsEncrypted(path))
            {
                throw new CodebookException(ErrorCode.Usage, "the project is already encrypted", path,
                    "to change its password, decrypt it, then encrypt it again");
            }
            var password = Passwords.New(parse, globals);
            ProjectFile.ChangePassword(path, SystemClock.Instance, Openings.For(parse, globals), password);
            // The index folder holds the transcripts' words in clear.
            var index = LuceneSearchIndex.FolderOf(path);
            if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
            var plain = ProjectBackups.List(path);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new { path, encrypted = true, backupsInClear = plain.Select(b => b.Path) });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Encrypted {path}. The search index folder is gone: it is now built in memory when needed.");
            if (plain.Count > 0)
            {
                context.Out.WriteLine($"Not encrypted: {Counted.Of(plain.Count, "backup")} made before, in {ProjectBackups.FolderOf(path)}; delete {(plain.Count == 1 ? "it" : "them")} when you no longer need {(plain.Count == 1 ? "it" : "them")}.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Decrypt(GlobalOptions globals, CliContext context)
    {
        var command = new Command("decrypt", "Remove the project's password: the file is stored in clear again");
        command.SetAction(parse =>
        {
            var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
            if (!ProjectFile.IsEncrypted(path))
            {
                throw new CodebookException(ErrorCode.Usage, "the project is not encrypted", path, "nothing to do");
            }
            var backup = ProjectFile.ChangePassword(path, SystemClock.Instance, Openings.For(parse, globals), null)!;
            if (parse.GetValue(globals.Json)) Json.Write(context.Out, new { path, encrypted = false, backup = backup.Path });
            else context.Out.WriteLine($"Decrypted {path}. The encrypted file as it was is kept in {backup.Path}.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
