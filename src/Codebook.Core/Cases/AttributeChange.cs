namespace Codebook.Core.Cases;

/// <summary>An attribute value an import would write: <paramref name="Before"/> is null for a new value.</summary>
public sealed record AttributeChange(string CaseId, string Attribute, string? Before, string After);
