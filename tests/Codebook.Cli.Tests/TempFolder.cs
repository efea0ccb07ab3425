using System.Text;

namespace Codebook.Cli.Tests;

/// <summary>A temporary folder for a project and the files to import into it.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("codebook-cli-").FullName;

    public string Project => Path.Combine(Root, "study.codebook");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
