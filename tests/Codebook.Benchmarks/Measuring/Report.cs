using System.Text.Json;
using System.Text.Json.Nodes;

namespace Codebook.Benchmarks.Measuring;

/// <summary>The figures of a run, by name, printed as one JSON object or as aligned lines.</summary>
internal sealed class Report
{
    private readonly JsonObject _figures = [];

    public void Add(string name, double value) => _figures[name] = Timing.Round(value);

    public void Add(string name, string value) => _figures[name] = value;

    public void Add(string name, JsonNode detail) => _figures[name] = detail;

    public double? Get(string name) => _figures[name]?.GetValueKind() == JsonValueKind.Number ? _figures[name]!.GetValue<double>() : null;

    public string ToJson() => _figures.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public void WriteLines(TextWriter output)
    {
        foreach (var (name, value) in _figures) output.WriteLine($"{name,-22} {value?.ToJsonString()}");
    }
}
