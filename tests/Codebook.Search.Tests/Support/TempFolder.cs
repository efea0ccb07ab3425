namespace Codebook.Search.Tests.Support;

/// <summary>A fresh folder under the system's temp folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("codebook-search-").FullName;

    /// <summary>Where a project "study.codebook" in this folder keeps its index.</summary>
    public string IndexPath => System.IO.Path.Combine(Path, "study.codebook.index");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
