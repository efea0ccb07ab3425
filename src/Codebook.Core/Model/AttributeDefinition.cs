namespace Codebook.Core.Model;

/// <summary>The type a researcher gave a case attribute (age: a number). An attribute
/// without one has the type its values show (<see cref="Cases.AttributeTypes"/>).</summary>
public sealed class AttributeDefinition
{
    /// <summary>The attribute's name, as the cases spell it.</summary>
    public string Name { get; set; } = "";

    public AttributeType Type { get; set; }
}
