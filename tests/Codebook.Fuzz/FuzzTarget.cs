namespace Codebook.Fuzz;

/// <summary>One parser under fuzzing. The fuzz input is mutated from <see cref="Seeds"/>; <see cref="Prepare"/> makes
/// the file a user would hand Codebook from it (a mutated <c>project.qde</c> zipped as a .qdpx, say), and
/// <see cref="Read"/> reads that file the way the product does.</summary>
/// <param name="Name">How the runner and the report name the parser.</param>
/// <param name="Extension">The extension a saved file of this parser gets.</param>
public sealed record FuzzTarget(string Name, string Extension, IReadOnlyList<byte[]> Seeds, Func<byte[], byte[]> Prepare, Action<byte[]> Read)
{
    public override string ToString() => Name;
}
