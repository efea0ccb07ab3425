using Lucene.Net.Store;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>An index folder whose files are all encrypted with an <see cref="IndexKey"/>: Lucene writes and reads
/// them as in clear (<see cref="EncryptedIndexOutput"/>, <see cref="EncryptedIndexInput"/>), while the folder, its
/// lock and its commits (write once, sync, then the commit point) are the plain folder's, so an interrupted write
/// leaves what it leaves in clear: an older commit that still reads, or a damaged one that inspection catches.
/// Compound files are read through the default slicer, which reads through <see cref="OpenInput"/>.</summary>
internal sealed class EncryptedDirectory : FilterDirectory
{
    private readonly byte[] key;

    private EncryptedDirectory(Lucene.Net.Store.Directory folder, IndexKey key) : base(folder)
    {
        this.key = key.Secret;
    }

    /// <summary>The folder's index, encrypted with <paramref name="key"/>; when the key does not fit the folder
    /// (<see cref="IndexKey.Misfit"/>), the folder must hold no index, and the key's file is written first.</summary>
    public static EncryptedDirectory Open(string folder, IndexKey key)
    {
        System.IO.Directory.CreateDirectory(folder);
        if (key.Misfit is not null) key.Save(folder);
        return new EncryptedDirectory(FSDirectory.Open(new DirectoryInfo(folder)), key);
    }

    public override string[] ListAll() => base.ListAll().Where(name => !IndexKey.Owns(name)).ToArray();

    public override long FileLength(string name) => Math.Max(0, base.FileLength(name) - EncryptedFile.HeaderLength);

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        var output = base.CreateOutput(name, context);
        try
        {
            return new EncryptedIndexOutput(output, key);
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        try
        {
            return new EncryptedIndexInput(name, input, key, context);
        }
        catch
        {
            input.Dispose();
            throw;
        }
    }
}
