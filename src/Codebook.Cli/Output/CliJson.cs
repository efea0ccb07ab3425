using System.Text.Json;
using System.Text.Json.Serialization;
using Codebook.Cli.Commands.Analysis;
using Codebook.Cli.Commands.Codings;
using Codebook.Cli.Commands.Privacy;
using Codebook.Cli.Commands.Search;
using Codebook.Cli.Commands.Themes;
using Codebook.Cli.Commands.Transcripts;
using Codebook.Cli.Tables;
using Codebook.Core.Changes;
using Codebook.Core.Import;
using Codebook.Core.Model;
using Codebook.Core.Search;

namespace Codebook.Cli.Output;

/// <summary>The outputs serialized by generated code (<see cref="Json.Types"/>); the options that cannot be said
/// here (the encoder, the enums' camelCase) come from <see cref="Json"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TableJson))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(IEnumerable<ThemeTreeRow>))]
[JsonSerializable(typeof(SnapshotRow))]
[JsonSerializable(typeof(List<SnapshotRow>))]
[JsonSerializable(typeof(SearchJson))]
[JsonSerializable(typeof(IndexCheckJson))]
[JsonSerializable(typeof(List<MemoRow>))]
[JsonSerializable(typeof(IEnumerable<CodingRow>))]
[JsonSerializable(typeof(List<UnplacedCodingRow>))]
[JsonSerializable(typeof(FrameworkJson))]
[JsonSerializable(typeof(IReadOnlyList<Change>))]
[JsonSerializable(typeof(List<CasesCommand.CaseRow>))]
[JsonSerializable(typeof(CaseJson))]
[JsonSerializable(typeof(List<AttributeRow>))]
[JsonSerializable(typeof(List<SpeakerRow>))]
[JsonSerializable(typeof(List<RecordingRow>))]
[JsonSerializable(typeof(ShownTranscript))]
[JsonSerializable(typeof(List<PseudonymRow>))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Every enum the outputs above hold, written as camelCase strings.</summary>
    internal static JsonConverter[] EnumConverters =>
    [
        Camel<IndexCondition>(), Camel<SpeakerRole>(), Camel<ReviewStatus>(),
    ];

    private static JsonStringEnumConverter<T> Camel<T>() where T : struct, Enum => new(JsonNamingPolicy.CamelCase);
}
