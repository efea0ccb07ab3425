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

    public LiteProjectStore Create(ProjectOpening? opening = null) => ProjectFile.Create(Path, new Coder("ana"), Clock, opening);

    public LiteProjectStore Open(ProjectOpening? opening = null) => ProjectFile.Open(Path, Clock, opening);

    /// <summary>Opening with <paramref name="password"/> as the password the user gives.</summary>
    public static ProjectOpening With(string? password) => new() { Password = () => password };

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private sealed class FixedClock(DateTime now) : IClock
    {
        public DateTime UtcNow => now;
    }
}
