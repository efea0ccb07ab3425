using System.CommandLine;
using Codebook.Core.Ports;
using Codebook.Core.Search;
using Codebook.Core.Time;
using Codebook.Search.Indexing;
using Codebook.Storage;
using Codebook.Storage.Locking;

namespace Codebook.Cli.Commands.Search;

/// <summary>A search answered from the index alone, without opening the project file (LiteDB's start-up was a third of
/// a search's time): when a search of the full path found its index current, it confirms so in the index folder
/// (<see cref="FileName"/>: the project file's <see cref="ProjectStamp"/> and the change the index reflects); a later
/// search that finds, under the project's lock, the file with the same stamp and the index in order reflecting that
/// change needs nothing from the file. Anything else — a change since, a log beside the file, an encrypted project,
/// an index missing, damaged or rebuilt since — takes the full path, which opens the project and repairs what it must.</summary>
public static class IndexAloneSearch
{
    /// <summary>The confirmation, beside Lucene's files (Lucene leaves files of other names alone).</summary>
    public const string FileName = "codebook.confirmed";

    /// <summary>The results, or null when the full path must answer.</summary>
    public static SearchResults? TrySearch(ParseResult parse, GlobalOptions globals, string query, int limit)
    {
        var path = ProjectLocator.Locate(parse.GetValue(globals.Project));
        var full = Path.GetFullPath(path);
        var folder = LuceneSearchIndex.FolderOf(path);
        if (!File.Exists(full) || Confirmed(folder) is not { } confirmed) return null;
        using var held = ProjectLock.Acquire(full, path, Openings.For(parse, globals).Doing, SystemClock.Instance.UtcNow);
        // An encrypted project is never confirmed, and encrypting one rewrites its file, so its stamp.
        if (ProjectStamp.Of(full) != confirmed.Stamp) return null;
        using var index = LuceneSearchIndex.OpenInOrder(folder);
        if (index is null || index.Reflects != confirmed.Change) return null;
        ISearchIndex search = parse.GetValue(globals.Blind) ? new BlindSearch(index) : index;
        return search.Search(query, limit);
    }

    /// <summary>After a search of the full path: the index is current for the project file as it lies on disk,
    /// unless the project is encrypted (that path stays the same) or this run wrote the file.</summary>
    public static void Confirm(OpenProject project)
    {
        if (project.File.Encrypted || project.File.Unchanged is not { } stamp || project.Index.Current().Reflects is not { } change) return;
        var file = Path.Combine(project.IndexFolder, FileName);
        try
        {
            File.WriteAllText(file + ".writing", $"{stamp}\n{change}\n");
            File.Move(file + ".writing", file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a confirmation the next search takes the full path, as this one did.
        }
    }

    private static (ProjectStamp Stamp, long Change)? Confirmed(string folder)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(folder, FileName));
            return lines is [var stamp, var change] && ProjectStamp.Parse(stamp) is { } parsed && long.TryParse(change, out var sequence)
                ? (parsed, sequence)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
