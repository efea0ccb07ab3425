using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Cli.Tests.Search;

/// <summary>The project file read or changed directly, behind the command line's back (as another tool could).</summary>
internal static class StudyStore
{
    public static string Text(string project, string transcriptId)
    {
        using var store = ProjectFile.Open(project, SystemClock.Instance);
        return store.FindTranscript(transcriptId)!.Text;
    }

    /// <summary>Removes a coding without the search index hearing of it, which leaves the index stale.</summary>
    public static void UncodeBehindTheIndex(string project, string codingId)
    {
        using var store = ProjectFile.Open(project, SystemClock.Instance);
        store.Commit("other-tool", "uncode", $"removed {codingId}", changes => changes.RemoveCoding(codingId));
    }
}
