namespace Codebook.Core.AutoCoding;

/// <summary>What auto-code codes for each hit of the query.</summary>
public enum AutoCodeUnit
{
    /// <summary>The whole passage the query found: what a researcher usually wants to read back.</summary>
    Passage,
    /// <summary>Only the matched words; words a space or one word apart (a phrase, even past a stop word) make one span.</summary>
    Match,
}
