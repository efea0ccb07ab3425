using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Codebook.Search.Indexing.Encryption;

/// <summary>The key an encrypted project's index is encrypted with, derived from the project's password with
/// PBKDF2-SHA256 and a random salt. The folder's key file (<see cref="FileName"/>: a mark, the iterations, the salt and a
/// check value, nothing secret) says which salt to use and whether a password is the one the index was made with.
/// Each guess at the password costs more here than against the project file (LiteDB derives its key with 1,000
/// iterations of PBKDF2-SHA1), so the index is not the easier way in.</summary>
public sealed class IndexKey
{
    /// <summary>The key file, in the index folder beside Lucene's files.</summary>
    public const string FileName = "codebook.key";

    private const int Iterations = 10_000;
    private const int SaltLength = 16;
    private const int CheckLength = 16;
    private static ReadOnlySpan<byte> Mark => "CBK1"u8;
    private static int FileLength => Mark.Length + sizeof(int) + SaltLength + CheckLength;

    private readonly int iterations;
    private readonly byte[] salt;
    private readonly byte[] check;

    private IndexKey(string password, int iterations, byte[] salt, string? misfit)
    {
        this.iterations = iterations;
        this.salt = salt;
        var master = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, 32);
        Secret = HKDF.Expand(HashAlgorithmName.SHA256, master, 32, "codebook index key"u8.ToArray());
        check = HKDF.Expand(HashAlgorithmName.SHA256, master, CheckLength, "codebook index check"u8.ToArray());
        Misfit = misfit;
    }

    /// <summary>The AES-256 key of the index's files.</summary>
    internal byte[] Secret { get; }

    /// <summary>Why the folder's key file does not serve this password — there is none, it is damaged, or the index
    /// was made with another password — or null when it does. A key that does not fit has a new salt, and the
    /// folder's index must go before this key writes its file.</summary>
    public string? Misfit { get; }

    /// <summary>The key of the index in <paramref name="folder"/> for <paramref name="password"/>, with the salt of
    /// its key file when that file is there and the password fits it.</summary>
    public static IndexKey For(string folder, string password)
    {
        var file = Path.Combine(folder, FileName);
        string misfit;
        if (!File.Exists(file)) misfit = $"it has no key file ({FileName}): it is in clear, or not Codebook's, and the project is encrypted";
        else if (Read(file) is not { } stored) misfit = $"its key file ({FileName}) is damaged";
        else
        {
            var key = new IndexKey(password, stored.Iterations, stored.Salt, null);
            if (CryptographicOperations.FixedTimeEquals(key.check, stored.Check)) return key;
            misfit = "it was encrypted with another password";
        }
        return new IndexKey(password, Iterations, RandomNumberGenerator.GetBytes(SaltLength), misfit);
    }

    /// <summary>Whether <paramref name="folder"/> holds an encrypted index (a key file), rather than one in clear.</summary>
    public static bool IsIn(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>Whether <paramref name="name"/> is a file of the key's, which Lucene must not see as its own.</summary>
    internal static bool Owns(string name) => name.StartsWith(FileName, StringComparison.Ordinal);

    /// <summary>Writes the key file into <paramref name="folder"/>, whole or not at all: written beside, flushed to
    /// the disk, then moved over any older one in one rename.</summary>
    internal void Save(string folder)
    {
        var bytes = new byte[FileLength];
        Mark.CopyTo(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(Mark.Length), iterations);
        salt.CopyTo(bytes, Mark.Length + sizeof(int));
        check.CopyTo(bytes, Mark.Length + sizeof(int) + SaltLength);
        var file = Path.Combine(folder, FileName);
        var writing = file + ".writing";
        using (var stream = new FileStream(writing, FileMode.Create, FileAccess.Write))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }
        File.Move(writing, file, overwrite: true);
    }

    private static (int Iterations, byte[] Salt, byte[] Check)? Read(string file)
    {
        var bytes = File.ReadAllBytes(file);
        if (bytes.Length != FileLength || !bytes.AsSpan(0, Mark.Length).SequenceEqual(Mark)) return null;
        var iterations = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(Mark.Length));
        if (iterations is < 1 or > 1_000_000) return null;
        var salt = bytes.AsSpan(Mark.Length + sizeof(int), SaltLength).ToArray();
        return (iterations, salt, bytes.AsSpan(Mark.Length + sizeof(int) + SaltLength, CheckLength).ToArray());
    }
}
