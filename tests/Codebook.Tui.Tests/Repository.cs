namespace Codebook.Tui.Tests;

/// <summary>The repository the tests run from (found by walking up to Codebook.sln), for the sample data.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Codebook.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("the tests must run inside the Codebook repository");
    }
}
