namespace Codebook.Core.Tests;

/// <summary>The repository the tests run in, for its sample data.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the tests must run inside the Codebook repository");
    }
}
