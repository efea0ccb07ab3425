using System.Text.Json.Nodes;

namespace Codebook.Cli.Tests;

/// <summary>JSON with object members sorted by name, so that two outputs compare by content, not by
/// the order in which a dictionary happened to be filled.</summary>
internal static class CanonicalJson
{
    public static string Of(string json) => Sort(JsonNode.Parse(json))?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray array => new JsonArray(array.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
