namespace Codebook.Core.Pseudonyms;

/// <summary>A listed real name found in what an export would write.</summary>
/// <param name="Place">Where: the file, and the line, paragraph or field within it.</param>
/// <param name="Written">The name as it is written there.</param>
public sealed record RealNameFound(string Place, string RealName, string Written)
{
    public override string ToString() => $"{Place}: '{Written}' ({RealName})";
}
