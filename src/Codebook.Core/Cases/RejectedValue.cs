using Codebook.Core.Model;

namespace Codebook.Core.Cases;

/// <summary>A cell an import leaves out because it does not fit the type a researcher gave its attribute.</summary>
public sealed record RejectedValue(int Line, string Attribute, string Value, AttributeType Type);
