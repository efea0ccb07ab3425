using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Storage.Tests;

/// <summary>A real project file in its own temporary folder, deleted afterwards.</summary>
internal sealed class TempProject : IDisposable
{
    public static readonly IClock Clock = new FixedClock(new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc));

    public TempProject()
    {
        Folder = Directory.CreateTempSubdirectory("codebook-storage-").FullName;
        Path = System.IO.Path.Combine(Folder, "study.codebook");
    }

    public string Folder { get; }

    public string Path { get; }

    public LiteProjectStore Create() => ProjectFile.Create(Path, new Coder("ana"), Clock);

    public LiteProjectStore Open() => ProjectFile.Open(Path, Clock);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}
