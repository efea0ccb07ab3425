namespace Codebook.Core.Model;

/// <summary>The type a researcher gave a case attribute (<c>codebook attribute type age number</c>). An attribute
/// without one has the type its values show (<see cref="Cases.AttributeTypes"/>).</summary>
public sealed class AttributeDefinition
{
    /// <summary>The attribute's name, as the cases spell it.</summary>
    public string Name { get; set; } = "";

    public AttributeType Type { get; set; }
}
