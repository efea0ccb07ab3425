using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Cli.Tests;

/// <summary>Puts themes straight into a project file, until the theme commands exist to do it through the CLI.</summary>
internal static class ProjectSeed
{
    public static void AddThemes(string project, params string[] ids)
    {
        using var store = ProjectFile.Open(project, SystemClock.Instance);
        store.Commit("setup", "theme.add", $"added {string.Join(", ", ids)}", changes =>
        {
            foreach (var id in ids) changes.Put(new Theme { Id = id, Label = id });
        });
    }
}
