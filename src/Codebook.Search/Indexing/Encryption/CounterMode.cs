using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>AES-256 in counter mode over one file: the keystream at any position can be made on its own, so a file is
/// written in order and read from anywhere (Lucene seeks). The counter of the file's block <c>n</c> (16 bytes each) is
/// the file's random nonce plus <c>n</c>, as a 128-bit big-endian number; a nonce is never used for two files.</summary>
internal sealed class CounterMode : IDisposable
{
    private const int Block = 16;

    private readonly Aes aes = Aes.Create();
    // One transform for the file's life: a one-shot call would set the key up again for every buffer.
    private readonly ICryptoTransform blocks;
    private readonly UInt128 nonce;
    private byte[] counters = [];
    private byte[] keystream = [];

    public CounterMode(byte[] key, ReadOnlySpan<byte> nonce)
    {
        aes.Key = key;
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.None;
        blocks = aes.CreateEncryptor();
        this.nonce = BinaryPrimitives.ReadUInt128BigEndian(nonce);
    }

    public const int NonceLength = Block;

    /// <summary>XORs <paramref name="data"/>, which sits at <paramref name="position"/> in the file, with the
    /// keystream there: encrypts text in clear and decrypts encrypted text alike.</summary>
    public void Apply(Span<byte> data, long position)
    {
        if (data.IsEmpty) return;
        var first = (UInt128)(ulong)(position / Block);
        var skip = (int)(position % Block);
        var bytes = (skip + data.Length + Block - 1) / Block * Block;
        if (counters.Length < bytes)
        {
            counters = new byte[bytes];
            keystream = new byte[bytes];
        }
        for (var at = 0; at < bytes; at += Block)
        {
            BinaryPrimitives.WriteUInt128BigEndian(counters.AsSpan(at, Block), nonce + first + (UInt128)(at / Block));
        }
        blocks.TransformBlock(counters, 0, bytes, keystream, 0);
        Xor(data, keystream.AsSpan(skip, data.Length));
    }

    private static void Xor(Span<byte> data, ReadOnlySpan<byte> with)
    {
        var i = 0;
        for (var width = Vector<byte>.Count; i + width <= data.Length; i += width)
        {
            (new Vector<byte>(data[i..]) ^ new Vector<byte>(with[i..])).CopyTo(data[i..]);
        }
        for (; i < data.Length; i++) data[i] ^= with[i];
    }

    public void Dispose()
    {
        blocks.Dispose();
        aes.Dispose();
    }
}
