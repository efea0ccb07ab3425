namespace Codebook.Core.Framework;

/// <summary>A framework summary read from a file (the sample study's): which cell, who wrote it, and what.</summary>
public sealed record WrittenSummary(string Case, string Theme, string Coder, string Text);
