using System.Security.Cryptography;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>How each file of an encrypted index starts: a mark (<c>CBX1</c>), then the file's random nonce; what
/// Lucene wrote follows, encrypted (<see cref="CounterMode"/>), byte for byte at the same offsets.</summary>
internal static class EncryptedFile
{
    private static ReadOnlySpan<byte> Mark => "CBX1"u8;

    /// <summary>Bytes before the encrypted content.</summary>
    public static int HeaderLength => Mark.Length + CounterMode.NonceLength;

    /// <summary>Writes the header of a new file, with a new nonce, and returns the nonce.</summary>
    public static byte[] WriteHeader(IndexOutput output)
    {
        var nonce = RandomNumberGenerator.GetBytes(CounterMode.NonceLength);
        output.WriteBytes(Mark.ToArray(), Mark.Length);
        output.WriteBytes(nonce, nonce.Length);
        return nonce;
    }

    /// <summary>Reads the header of a file and returns its nonce; a file without the mark is not one of ours.</summary>
    public static byte[] ReadHeader(IndexInput input, string name)
    {
        if (input.Length < HeaderLength) throw new CorruptIndexException($"{name} is too short for an encrypted index file");
        var header = new byte[HeaderLength];
        input.ReadBytes(header, 0, header.Length);
        if (!header.AsSpan(0, Mark.Length).SequenceEqual(Mark)) throw new CorruptIndexException($"{name} is not an encrypted index file");
        return header[Mark.Length..];
    }
}
