using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Codebook.Cli.Output;

/// <summary>JSON as every command prints it: camelCase, indented, accents as they are, nulls left out, enums as
/// camelCase strings. The converted outputs are serialized through <see cref="Types"/> (source-generated: no
/// reflection at start-up, and Native AOT can print them); the others still by reflection.</summary>
public static class Json
{
    private static JsonSerializerOptions Options(params JsonConverter[] enums)
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

    private static readonly JsonSerializerOptions Reflected = Options(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));

    /// <summary>The source-generated outputs, with the options above; every enum they hold is listed here, since the
    /// generator's own string-enum option would print the names as declared.</summary>
    internal static CliJson Types { get; } = new(Options(CliJson.EnumConverters));

    internal static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> type) => writer.WriteLine(JsonSerializer.Serialize(value, type));

    public static void Write<T>(TextWriter writer, T value) => writer.WriteLine(JsonSerializer.Serialize(value, Reflected));
}
