using System.IO.Compression;
using Codebook.Formats.Archives;

namespace Codebook.Formats.Refi;

/// <summary>The files of a <c>.qdpx</c> read into memory, nothing written to disk. An archive that names a path
/// outside itself, holds too many entries, or inflates far beyond its size (a ZIP bomb) is refused whole.</summary>
internal sealed class QdpxArchive
{
    private readonly Dictionary<string, byte[]> _files;

    private QdpxArchive(string projectEntry, Dictionary<string, byte[]> files)
    {
        ProjectEntry = projectEntry;
        _files = files;
    }

    /// <summary>The project's XML: <c>project.qde</c>, or the one <c>*.qde</c> ATLAS.ti 26 names after the project.</summary>
    public string ProjectEntry { get; }

    public byte[] Project => _files[ProjectEntry];

    public static QdpxArchive Read(Stream stream, string where)
    {
        ZipArchive zip;
        IReadOnlyCollection<ZipArchiveEntry> entries;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            entries = zip.Entries;
        }
        catch (InvalidDataException e)
        {
            throw RefiXml.Bad(where, "this is not a ZIP archive, or it is damaged or cut short", "a .qdpx file is a ZIP; export the project again", e);
        }
        using (zip)
        {
            if (entries.Count > ZipBudget.MaxEntries)
                throw RefiXml.Bad(where, $"the archive holds {entries.Count:N0} entries, more than {ZipBudget.MaxEntries:N0}", "this does not look like a project export");
            var files = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            long total = 0;
            foreach (var entry in entries)
            {
                var name = SafeName(entry.FullName, where);
                if (name.EndsWith('/')) continue;
                var bytes = Inflate(entry, where, ZipBudget.MaxTotalBytes - total);
                total += bytes.Length;
                files[name] = bytes;
            }
            var projects = files.Keys.Where(k => !k.Contains('/') && k.EndsWith(".qde", StringComparison.OrdinalIgnoreCase)).ToList();
            var project = projects.FirstOrDefault(k => k.Equals("project.qde", StringComparison.OrdinalIgnoreCase))
                ?? (projects.Count == 1 ? projects[0]
                    : throw RefiXml.Bad(where, projects.Count == 0 ? "the archive has no project.qde" : "the archive has several .qde files and no project.qde",
                        "a .qdpx holds one project.qde beside its sources/ folder"));
            return new QdpxArchive(project, files);
        }
    }

    /// <summary>The bytes of an internal source, from its path as the project names it (<c>internal://GUID.txt</c>).</summary>
    public byte[]? Source(string path)
    {
        const string scheme = "internal://";
        if (!path.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return null;
        var name = path[scheme.Length..];
        return _files.GetValueOrDefault("sources/" + name) ?? _files.GetValueOrDefault(name);
    }

    /// <summary>Entry names are relative paths inside the archive: no drive, no root, no "..".</summary>
    private static string SafeName(string fullName, string where)
    {
        var name = fullName.Replace('\\', '/');
        if (name.Length == 0 || name.StartsWith('/') || name.Contains(':') || name.Split('/').Any(part => part == ".."))
        {
            throw RefiXml.Bad(where, $"the archive entry '{fullName}' points outside the archive", "this file is unsafe to open; it was not made by an analysis tool");
        }
        return name;
    }

    private static byte[] Inflate(ZipArchiveEntry entry, string where, long allowance)
    {
        var limit = ZipBudget.LimitOf(entry, allowance);
        using var output = new MemoryStream();
        try
        {
            if (!ZipBudget.TryInflate(entry, output, limit))
            {
                throw RefiXml.Bad(where, $"the archive entry '{entry.FullName}' inflates to more than {limit:N0} bytes from {entry.CompressedLength:N0}",
                    "this looks like a ZIP bomb, not a project export");
            }
        }
        // An entry packed with a method .NET does not know (LZMA, encryption) is as unreadable as a damaged one.
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw RefiXml.Bad(where, $"the archive entry '{entry.FullName}' is damaged or packed in a way Codebook cannot read", "export the project again", e);
        }
        return output.ToArray();
    }
}
