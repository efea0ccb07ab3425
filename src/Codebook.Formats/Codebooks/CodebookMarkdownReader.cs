using System.Text;
using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Formats.Codebooks;

/// <summary>Reads a codebook written in the Markdown codebook format (docs/codebook-format.md).</summary>
public static class CodebookMarkdownReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The themes in document order, each with its parent and its place among its siblings.
    /// A mistake anywhere throws a <see cref="CodebookException"/> (<see cref="ErrorCode.BadCodebook"/>) naming
    /// "file:line:column" and no theme is returned.
    /// </summary>
    /// <param name="fileName">Used only in error locations.</param>
    public static IReadOnlyList<Theme> Parse(string markdown, string fileName)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(fileName);

        // Markdig counts "\r\n" as one line end too, so lines and columns stay those of the original file.
        return CodebookDocumentReader.Read(markdown.Replace("\r\n", "\n").Replace('\r', '\n'), fileName);
    }

    /// <inheritdoc cref="Parse"/>
    public static IReadOnlyList<Theme> Read(string path)
    {
        string markdown;
        try
        {
            markdown = File.ReadAllText(path, StrictUtf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new CodebookException(ErrorCode.BadCodebook, $"cannot read the codebook: {e.Message}", path,
                "Check the path, and that the file is saved as UTF-8.", e);
        }

        return Parse(markdown, path);
    }
}
