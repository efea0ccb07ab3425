using System.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Turns a text file's bytes into a string: BOMs first, then UTF-16 by its NUL pattern, then strict UTF-8,
/// and Windows-1252 for the legacy files that are not valid UTF-8.</summary>
internal static class TextDecoder
{
    private const int SampleSize = 4096;

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(string file, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE])) return new(Strict(file, new UnicodeEncoding(false, false, true), bytes, 2), null);
        if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF])) return new(Strict(file, new UnicodeEncoding(true, false, true), bytes, 2), null);
        bool utf8Bom = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]);
        if (!utf8Bom && GuessUtf16(bytes) is { } utf16) return new(Strict(file, utf16, bytes, 0), null);
        if (bytes.AsSpan().Contains((byte)0)) throw Binary(file);

        int skip = utf8Bom ? 3 : 0;
        try
        {
            return new(new UTF8Encoding(false, true).GetString(bytes, skip, bytes.Length - skip), null);
        }
        catch (DecoderFallbackException)
        {
            // Legacy French files saved by older Windows tools; a BOM does not make invalid UTF-8 valid.
            return new(Encoding.GetEncoding(1252).GetString(bytes, skip, bytes.Length - skip),
                "decoded as Windows-1252 (the file is not valid UTF-8); check the accents, or save the file as UTF-8");
        }
    }

    /// <summary>Text in UTF-16 without a BOM has a NUL in most high bytes (Latin script), all on the same side.</summary>
    private static UnicodeEncoding? GuessUtf16(byte[] bytes)
    {
        int pairs = Math.Min(bytes.Length, SampleSize) / 2;
        if (pairs == 0 || bytes.Length % 2 != 0) return null;
        int evenNuls = 0, oddNuls = 0;
        for (int i = 0; i < pairs; i++)
        {
            if (bytes[2 * i] == 0) evenNuls++;
            if (bytes[2 * i + 1] == 0) oddNuls++;
        }
        if (oddNuls * 2 > pairs && evenNuls * 20 < pairs) return new UnicodeEncoding(false, false, true);
        if (evenNuls * 2 > pairs && oddNuls * 20 < pairs) return new UnicodeEncoding(true, false, true);
        return null;
    }

    private static string Strict(string file, Encoding encoding, byte[] bytes, int skip)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw TranscriptError.Bad(file, $"the file is not valid {encoding.WebName} text", "save the transcript again as UTF-8 text", inner: e);
        }
    }

    public static Exception Binary(string file) =>
        TranscriptError.Bad(file, "binary content, not a text transcript", "export the transcript as plain text (.txt), Word (.docx) or subtitles (.vtt, .srt)");
}
