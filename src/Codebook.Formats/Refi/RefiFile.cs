using Codebook.Core.Errors;

namespace Codebook.Formats.Refi;

/// <summary>Opens a file to import, turning a missing or unreadable file into a clear error.</summary>
internal static class RefiFile
{
    public static Stream Open(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CodebookException(ErrorCode.BadExchangeFile, $"cannot read the file: {e.Message}", path, "check the path", e);
        }
    }
}
