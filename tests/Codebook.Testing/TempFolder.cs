using System.Text;

namespace Codebook.Testing;

/// <summary>A temporary folder for a project and the files to import into it, deleted with everything in it.</summary>
public sealed class TempFolder(string prefix = "codebook-test-") : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Where a project in this folder goes: <c>study.codebook</c>.</summary>
    public string Project => Path.Combine(Root, "study.codebook");

    /// <summary>Where that project keeps its search index: <c>study.codebook.index</c>.</summary>
    public string IndexPath => Project + ".index";

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, creating folders on the way.</summary>
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
