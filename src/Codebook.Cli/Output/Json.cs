using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Codebook.Cli.Output;

/// <summary>JSON as every command prints it: camelCase, indented, accents as they are, nulls left out, enums as
/// camelCase strings. Serialized by code generated at build time (<see cref="CliJson"/>): no reflection at start-up, and
/// Native AOT prints every output.</summary>
public static class Json
{
    private static JsonSerializerOptions Options(JsonConverter[] enums)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        foreach (var converter in enums) options.Converters.Add(converter);
        return options;
    }

    /// <summary>The source-generated outputs, with the options above; every enum they hold is listed here, since the
    /// generator's own string-enum option would print the names as declared.</summary>
    internal static CliJson Types { get; } = new(Options(CliJson.EnumConverters));

    /// <summary>Prints <paramref name="value"/>, which may be null (<c>undo</c> with nothing to undo prints <c>null</c>).</summary>
    internal static void Write<T>(TextWriter writer, T? value, JsonTypeInfo<T> type) => writer.WriteLine(JsonSerializer.Serialize(value, (JsonTypeInfo)type));
}
