using Lucene.Net.Store;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>A file Lucene writes, encrypted on its way to the folder. The checksum Lucene asks for (and writes in each
/// file's footer) is the base class's CRC-32 of what Lucene wrote, in clear, so its integrity checks work as
/// for a plain index.</summary>
internal sealed class EncryptedIndexOutput : BufferedIndexOutput
{
    private readonly IndexOutput inner;
    private readonly CounterMode cipher;
    private byte[] encrypted = [];
    private long written;

    public EncryptedIndexOutput(IndexOutput inner, byte[] key)
    {
        this.inner = inner;
        cipher = new CounterMode(key, EncryptedFile.WriteHeader(inner));
    }

    protected override void FlushBuffer(byte[] b, int offset, int len)
    {
        if (encrypted.Length < len) encrypted = new byte[Math.Max(len, BufferSize)];
        b.AsSpan(offset, len).CopyTo(encrypted);
        cipher.Apply(encrypted.AsSpan(0, len), written);
        inner.WriteBytes(encrypted, 0, len);
        written += len;
    }

    public override long Length
    {
        get
        {
            Flush();
            return written;
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            base.Dispose(disposing);
        }
        finally
        {
            if (disposing)
            {
                inner.Dispose();
                cipher.Dispose();
            }
        }
    }
}
