using System.IO.Compression;

namespace Codebook.Fuzz;

/// <summary>Reads and rewrites one part of a ZIP-based file (.docx, .qdpx), so the XML inside can be fuzzed behind
/// an archive that is itself sound.</summary>
public static class ZipParts
{
    public static byte[] Read(byte[] archive, Func<string, bool> isPart)
    {
        using var zip = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read);
        var entry = zip.Entries.First(e => isPart(e.FullName));
        using var part = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(part);
        return part.ToArray();
    }

    /// <summary>The archive with one more entry, named as given (an unsafe name too) and compressed as well as can be.</summary>
    public static byte[] With(byte[] archive, string name, byte[] bytes)
    {
        var output = new MemoryStream();
        output.Write(archive);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
            entry.Write(bytes);
        }
        return output.ToArray();
    }

    /// <summary>The archive with the first part <paramref name="isPart"/> picks holding <paramref name="bytes"/> instead.</summary>
    public static byte[] Replace(byte[] archive, Func<string, bool> isPart, byte[] bytes)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(archive), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            bool replaced = false;
            foreach (var entry in source.Entries)
            {
                using var into = target.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                if (!replaced && isPart(entry.FullName))
                {
                    into.Write(bytes);
                    replaced = true;
                }
                else
                {
                    using var from = entry.Open();
                    from.CopyTo(into);
                }
            }
        }
        return output.ToArray();
    }
}
