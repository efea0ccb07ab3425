using System.IO.Compression;

namespace Codebook.Formats.Archives;

/// <summary>How far a ZIP-based file from elsewhere (.qdpx, .docx) may inflate: a ZIP bomb is a few kilobytes that
/// inflate to gigabytes, so entries are read against a budget instead of trusting the sizes the archive declares.</summary>
internal static class ZipBudget
{
    public const int MaxEntries = 10_000;
    public const long MaxTotalBytes = 1024L * 1024 * 1024;
    public const long MaxRatio = 200;
    /// <summary>Small entries may compress very well (a blank line repeated); the ratio only matters above this.</summary>
    private const long RatioFloor = 1024 * 1024;

    /// <summary>How many bytes <paramref name="entry"/> may inflate to, with <paramref name="allowance"/> left of the whole.</summary>
    public static long LimitOf(ZipArchiveEntry entry, long allowance) =>
        Math.Min(allowance, Math.Max(RatioFloor, entry.CompressedLength * MaxRatio));

    /// <summary>Inflates the entry into <paramref name="output"/>; false as soon as it passes <paramref name="limit"/>.
    /// Damage surfaces as <see cref="InvalidDataException"/>, an unknown packing as <see cref="NotSupportedException"/>.</summary>
    public static bool TryInflate(ZipArchiveEntry entry, Stream output, long limit)
    {
        var buffer = new byte[81920];
        long written = 0;
        using var input = entry.Open();
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            written += read;
            if (written > limit) return false;
            output.Write(buffer, 0, read);
        }
        return true;
    }
}
