using System.CommandLine;
using Codebook.Cli.Output;
using Codebook.Core.Errors;
using Codebook.Core.Text;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Search.Indexing.Encryption;
using Codebook.Storage;
using Codebook.Storage.Backups;

namespace Codebook.Cli.Commands.Privacy;

/// <summary><c>codebook encrypt</c> and <c>codebook decrypt</c>: rewrite an existing project with or without a password
/// (<see cref="ProjectFile.Encrypt"/>, <see cref="ProjectFile.Decrypt"/>: written beside, checked, swapped in one rename;
/// <c>encrypt</c> treats the backups made before alike).</summary>
public static class EncryptionCommand
{
    public static Command Encrypt(GlobalOptions globals, CliContext context)
    {
        var command = new Command("encrypt",
            "Encrypt the project file, its backups and its search index with a password (AES)");
        command.SetAction(parse =>
        {
            var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
            var opening = Openings.For(parse, globals);
            if (ProjectFile.IsEncrypted(path))
            {
                // An interrupted encrypt may have left backups or the index in clear: finish, else nothing to do.
                var rest = ProjectFile.EncryptBackups(path, SystemClock.Instance, opening);
                if (!DeleteIndex(path, inClearOnly: true) && rest.Encrypted.Count == 0 && rest.LeftInClear.Count == 0)
                {
                    throw new CodebookException(ErrorCode.Usage, "the project is already encrypted", path,
                        "to change its password, decrypt it, then encrypt it again");
                }
                Report(parse, globals, context, path, rest, "The project was already encrypted; what an interrupted 'encrypt' left is done now.");
                return ExitCodes.Ok;
            }
            var password = Passwords.New(parse, globals);
            var backups = ProjectFile.Encrypt(path, SystemClock.Instance, opening, password);
            DeleteIndex(path, inClearOnly: false);
            Report(parse, globals, context, path, backups,
                $"Encrypted {path}. The search index in clear is gone: the next search builds it again, encrypted.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Deletes the index folder, which holds the transcripts' words in clear, or encrypted with a password
    /// the project no longer has; whether there was one. With <paramref name="inClearOnly"/>, an encrypted index stays.</summary>
    private static bool DeleteIndex(string path, bool inClearOnly)
    {
        var index = LuceneSearchIndex.FolderOf(path);
        if (!Directory.Exists(index) || (inClearOnly && IndexKey.IsIn(index))) return false;
        Directory.Delete(index, recursive: true);
        return true;
    }

    private static void Report(ParseResult parse, GlobalOptions globals, CliContext context, string path,
        BackupEncryption backups, string done)
    {
        if (parse.GetValue(globals.Json))
        {
            Json.Write(context.Out, new
            {
                path,
                encrypted = true,
                backupsEncrypted = backups.Encrypted.Select(b => b.Path),
                backupsAlreadyEncrypted = backups.AlreadyEncrypted,
                backupsInClear = backups.LeftInClear.Select(b => new { path = b.Backup.Path, reason = b.Reason }),
            });
            return;
        }
        context.Out.WriteLine(done);
        if (backups.Encrypted.Count > 0)
        {
            context.Out.WriteLine($"Encrypted with the same password: {Counted.Of(backups.Encrypted.Count, "backup")} made before, in {ProjectBackups.FolderOf(path)}.");
        }
        if (backups.AlreadyEncrypted > 0)
        {
            context.Out.WriteLine($"Left as they are: {Counted.Of(backups.AlreadyEncrypted, "backup")} encrypted already (maybe with an earlier password).");
        }
        foreach (var unread in backups.LeftInClear)
        {
            context.Out.WriteLine($"Not encrypted, could not be read: {unread.Backup.Path} ({unread.Reason}). Delete it when you no longer need it.");
        }
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
            var backup = ProjectFile.Decrypt(path, SystemClock.Instance, Openings.For(parse, globals));
            DeleteIndex(path, inClearOnly: false);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new { path, encrypted = false, backup = backup.Path });
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Decrypted {path}. The encrypted file as it was is kept in {backup.Path}; the encrypted search index is gone, the next search builds it again.");
            context.Out.WriteLine("The backups stay encrypted: 'codebook restore' asks for the password a backup was made with.");
            return ExitCodes.Ok;
        });
        return command;
    }
}
