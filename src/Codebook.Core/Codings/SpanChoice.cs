using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>How a coder says which part of a transcript to code: exact offsets, a turn, lines, or matches of a text.</summary>
public abstract record SpanChoice
{
    /// <summary>The spans this choice names in <paramref name="transcript"/>, at least one; throws
    /// <see cref="CodebookException"/> when it names none.</summary>
    public abstract IReadOnlyList<TextSpan> Locate(Transcript transcript);

    private protected static CodebookException BadSpan(Transcript transcript, string message, string hint) =>
        new(ErrorCode.BadSpan, message, transcript.Id, hint);

    private protected static CodebookException BadSpan(Transcript transcript, string message, ErrorHint hint) =>
        new(ErrorCode.BadSpan, message, transcript.Id, hint);
}
