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
                var leftInClear = IndexLeftInClear(path, opening);
                if (leftInClear is null && rest.Encrypted.Count == 0 && rest.LeftInClear.Count == 0)
                {
                    throw new CodebookException(ErrorCode.Usage, "the project is already encrypted", path,
                        "to change its password, decrypt it, then encrypt it again");
                }
                Report(parse, globals, context, path, rest, leftInClear ?? IndexKey.IsIn(LuceneSearchIndex.FolderOf(path)),
                    "The project was already encrypted; what an interrupted 'encrypt' left is done now.");
                return ExitCodes.Ok;
            }
            var password = Passwords.New(parse, globals);
            var backups = ProjectFile.Encrypt(path, SystemClock.Instance, opening, password);
            var indexKept = CarryIndex(path, null, password);
            Report(parse, globals, context, path, backups, indexKept, indexKept
                ? $"Encrypted {path}, and its search index with the same password."
                : $"Encrypted {path}. The search index in clear is gone: the next search builds it again, encrypted.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Re-keys the index folder from the password <paramref name="from"/> to <paramref name="to"/> (null: in
    /// clear), so the next search need not rebuild it; whether it did. One it cannot (missing, damaged, stale or not) is
    /// deleted: it holds the transcripts' words in clear, or encrypted with a password the project no longer has.</summary>
    private static bool CarryIndex(string path, string? from, string? to)
    {
        var index = LuceneSearchIndex.FolderOf(path);
        if (IndexRekeying.Rekey(index, from, to)) return true;
        if (Directory.Exists(index)) Directory.Delete(index, recursive: true);
        return false;
    }

    /// <summary>What an interrupted <c>encrypt</c> may leave: the index still in clear beside the encrypted project,
    /// encrypted now with the project's password (checked by opening the project) or deleted; whether it was kept, or
    /// null when there was none.</summary>
    private static bool? IndexLeftInClear(string path, ProjectOpening opening)
    {
        var index = LuceneSearchIndex.FolderOf(path);
        if (!Directory.Exists(index) || IndexKey.IsIn(index)) return null;
        using var store = ProjectFile.Open(path, SystemClock.Instance, opening);
        return CarryIndex(path, null, store.Password);
    }

    private static void Report(ParseResult parse, GlobalOptions globals, CliContext context, string path,
        BackupEncryption backups, bool indexKept, string done)
    {
        if (parse.GetValue(globals.Json))
        {
            Json.Write(context.Out, new EncryptedJson(path, true, indexKept, backups.Encrypted.Select(b => b.Path), backups.AlreadyEncrypted,
                backups.LeftInClear.Select(b => new BackupInClear(b.Backup.Path, b.Reason))), Json.Types.EncryptedJson);
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
            var opening = Openings.For(parse, globals);
            var backup = ProjectFile.Decrypt(path, SystemClock.Instance, opening);
            var indexKept = CarryIndex(path, opening.Password(), null);
            if (parse.GetValue(globals.Json))
            {
                Json.Write(context.Out, new DecryptedJson(path, false, indexKept, backup.Path), Json.Types.DecryptedJson);
                return ExitCodes.Ok;
            }
            context.Out.WriteLine($"Decrypted {path}. The encrypted file as it was is kept in {backup.Path}; " + (indexKept
                ? "the search index is in clear too."
                : "the encrypted search index is gone, the next search builds it again."));
            context.Out.WriteLine("The backups stay encrypted: 'codebook restore' asks for the password a backup was made with.");
            return ExitCodes.Ok;
        });
        return command;
    }
}

/// <summary><c>encrypt --json</c>: whether the index was carried over, and what became of the backups made before.</summary>
public sealed record EncryptedJson(string Path, bool Encrypted, bool IndexKept, IEnumerable<string> BackupsEncrypted, int BackupsAlreadyEncrypted,
    IEnumerable<BackupInClear> BackupsInClear);

/// <summary>A backup that could not be read, so is left in clear.</summary>
public sealed record BackupInClear(string Path, string Reason);

/// <summary><c>decrypt --json</c>: the encrypted file as it was is kept in <see cref="Backup"/>.</summary>
public sealed record DecryptedJson(string Path, bool Encrypted, bool IndexKept, string Backup);
