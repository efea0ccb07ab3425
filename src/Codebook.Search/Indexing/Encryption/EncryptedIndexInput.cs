using Lucene.Net.Store;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>A file Lucene reads, decrypted buffer by buffer as it is read: each refill reads the encrypted bytes at
/// the position asked for and applies the keystream of that position, so seeks cost what they cost in clear.
/// Clones (Lucene makes many) read through their own clone of the inner file and their own cipher.</summary>
internal sealed class EncryptedIndexInput : BufferedIndexInput
{
    private readonly byte[] key;
    private readonly byte[] nonce;
    private readonly long length;
    private IndexInput inner;
    private CounterMode? cipher;
    private bool isClone;

    public EncryptedIndexInput(string name, IndexInput inner, byte[] key, IOContext context)
        : base($"{nameof(EncryptedIndexInput)}({name})", context)
    {
        this.inner = inner;
        this.key = key;
        nonce = EncryptedFile.ReadHeader(inner, name);
        length = inner.Length - EncryptedFile.HeaderLength;
    }

    public override long Length => length;

    protected override void ReadInternal(byte[] b, int offset, int length)
    {
        // The base class reads at its own position, which is where this refill starts.
        var position = Position;
        inner.Seek(EncryptedFile.HeaderLength + position);
        inner.ReadBytes(b, offset, length);
        (cipher ??= new CounterMode(key, nonce)).Apply(b.AsSpan(offset, length), position);
    }

    /// <summary>Nothing to do: each read seeks the inner file to where it reads.</summary>
    protected override void SeekInternal(long pos)
    {
    }

    public override object Clone()
    {
        var clone = (EncryptedIndexInput)base.Clone();
        clone.inner = (IndexInput)inner.Clone();
        clone.cipher = null;
        clone.isClone = true;
        return clone;
    }

    /// <summary>Lucene disposes the file it opened, never its clones, which share the inner file.</summary>
    protected override void Dispose(bool disposing)
    {
        if (!disposing) return;
        cipher?.Dispose();
        if (!isClone) inner.Dispose();
    }
}
