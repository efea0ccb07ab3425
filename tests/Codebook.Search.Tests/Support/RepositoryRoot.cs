namespace Codebook.Search.Tests.Support;

/// <summary>The repository's root folder, found by walking up from the test binaries to Codebook.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Codebook.sln not found above " + AppContext.BaseDirectory);
    }
}
