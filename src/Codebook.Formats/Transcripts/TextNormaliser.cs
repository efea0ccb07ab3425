using System.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Brings decoded text to the form all offsets refer to: no BOM, LF line ends, Unicode NFC.</summary>
internal static class TextNormaliser
{
    public static string Normalise(string file, string text)
    {
        if (text.StartsWith('\uFEFF')) text = text[1..];
        if (LooksBinary(text)) throw TextDecoder.Binary(file);
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException e)
        {
            throw TranscriptError.Bad(file, "the text contains invalid Unicode", "save the transcript again as UTF-8 text", inner: e);
        }
    }

    /// <summary>Real transcripts have almost no control characters; decoded binary data has many (or NULs).</summary>
    private static bool LooksBinary(string text)
    {
        int controls = 0;
        foreach (char c in text)
        {
            if (c == '\0') return true;
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) controls++;
        }
        return controls * 50 > text.Length;
    }
}
