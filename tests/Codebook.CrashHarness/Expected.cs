namespace Codebook.CrashHarness;

/// <summary>The project after some number of an operation's changes, and how many passages the search query finds in it.</summary>
public sealed record Expected(ProjectState State, int SearchTotal);
