namespace Codebook.Fuzz;

/// <summary>What reading one input came to.</summary>
public enum FuzzOutcome
{
    /// <summary>The parser made something of it.</summary>
    Read,
    /// <summary>Refused with our error, saying where and what to do.</summary>
    Refused,
    /// <summary>Refused with our error, but without saying where or what to do.</summary>
    Unclear,
    /// <summary>Any other exception: a bug.</summary>
    Crash,
    /// <summary>Still reading after the hang guard: a bug.</summary>
    Hang,
}
