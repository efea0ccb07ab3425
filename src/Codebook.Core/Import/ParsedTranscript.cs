using Codebook.Core.Model;

namespace Codebook.Core.Import;

/// <summary>What a transcript reader makes of one file: the transcript, its case if the file names one,
/// and warnings the user should see (an encoding guessed, a language detected).</summary>
public sealed record ParsedTranscript(Transcript Transcript, Case? Case, IReadOnlyList<string> Warnings);
