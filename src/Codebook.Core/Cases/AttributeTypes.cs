using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Cases;

/// <summary>The type of each case attribute of a project: the one a researcher gave it, else the one its values
/// show.</summary>
public sealed class AttributeTypes
{
    private readonly Dictionary<string, AttributeType> declared;
    private readonly Dictionary<string, AttributeType> inferred;

    public AttributeTypes(IEnumerable<Case> cases, IEnumerable<AttributeDefinition> definitions)
    {
        declared = definitions.ToDictionary(d => d.Name, d => d.Type, StringComparer.Ordinal);
        inferred = cases.SelectMany(c => c.Attributes).GroupBy(a => a.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => AttributeValues.Infer(g.Select(a => a.Value)), StringComparer.Ordinal);
    }

    public static AttributeTypes Of(IProjectStore store) => new(store.Cases(), store.AttributeDefinitions());

    /// <summary>Every attribute some case has or a researcher typed, by name.</summary>
    public IReadOnlyList<string> Names => inferred.Keys.Union(declared.Keys).Order(StringComparer.Ordinal).ToList();

    public AttributeType TypeOf(string name) =>
        declared.TryGetValue(name, out var type) ? type : inferred.GetValueOrDefault(name, AttributeType.Text);

    /// <summary>Whether a researcher set the type (values must then fit it), rather than the values showing it.</summary>
    public bool IsDeclared(string name) => declared.ContainsKey(name);
}
