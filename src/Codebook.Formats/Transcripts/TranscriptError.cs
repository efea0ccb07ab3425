using Codebook.Core.Errors;

namespace Codebook.Formats.Transcripts;

/// <summary>The one place that builds the reader's errors, so every one names the file (and line) and says what to do.</summary>
internal static class TranscriptError
{
    public static CodebookException Bad(string file, string message, string hint, int? line = null, Exception? inner = null) =>
        new(ErrorCode.BadTranscript, message, line is null ? file : $"{file}:{line}", hint, inner);
}
