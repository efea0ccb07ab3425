namespace Codebook.Core.Agreement;

/// <summary>How a disagreement is settled: which codings stand in the passage afterwards.</summary>
public enum SettleDecision
{
    /// <summary>The first coder's codings.</summary>
    KeepA,
    /// <summary>The second coder's codings.</summary>
    KeepB,
    /// <summary>Both coders' codings.</summary>
    KeepBoth,
    /// <summary>None: the theme does not apply here.</summary>
    Drop,
    /// <summary>One coding on a span given by the person settling.</summary>
    Edit,
}
