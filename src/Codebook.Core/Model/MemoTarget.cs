namespace Codebook.Core.Model;

/// <summary>What a memo is attached to.</summary>
public enum MemoTarget
{
    Project,
    Transcript,
    Theme,
    Coding,
}
