using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Core.Tests.Exchange;

/// <summary>A real project file with nothing in it yet.</summary>
internal sealed class EmptyProject : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;

    public EmptyProject() => Store = ProjectFile.Create(Path.Combine(_folder, "empty.codebook"), new Coder("ana"), SystemClock.Instance);

    public LiteProjectStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
