using System.Security.Cryptography;
using System.Text;

namespace Codebook.Formats.Refi;

/// <summary>Name-based GUIDs (RFC 9562 version 5): the same project and id always give the same GUID, so two
/// exports of an unchanged project are byte for byte the same and diff cleanly.</summary>
public sealed class RefiGuid
{
    /// <summary>Codebook's own namespace, itself fixed once; every project's namespace is derived from it.</summary>
    private static readonly Guid CodebookNamespace = new("8f0c6a2e-3b1d-5c4e-9a7f-2d6b1e0c4a93");

    private readonly Guid _project;

    public RefiGuid(string projectName, DateTime createdAt) =>
        _project = Version5(CodebookNamespace, $"{projectName}|{createdAt.ToUniversalTime():O}");

    /// <summary>The GUID of one thing in the project, "transcript" "fr01" or "coding" "c7k2m9qxa".</summary>
    public string Of(string kind, string id) => Version5(_project, $"{kind}:{id}").ToString();

    /// <summary>A theme's GUID, the same in every project: a codebook shared by several projects keeps its codes' GUIDs,
    /// and an import finds the theme a code stands for by its id, without writing the id into the description.</summary>
    public static string OfTheme(string id) => Version5(CodebookNamespace, $"theme:{id}").ToString();

    private static Guid Version5(Guid space, string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        var hash = SHA1.HashData(bytes).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
