using System.Text.Json;
using System.Text.Json.Serialization;
using Codebook.Cli.Commands.Analysis;
using Codebook.Cli.Commands.Agreement;
using Codebook.Cli.Commands.Codings;
using Codebook.Cli.Commands.Export;
using Codebook.Cli.Commands.Privacy;
using Codebook.Cli.Commands.Project;
using Codebook.Cli.Commands.Search;
using Codebook.Cli.Commands.Themes;
using Codebook.Cli.Commands.Transcripts;
using Codebook.Cli.Tables;
using Codebook.Core.AutoCoding;
using Codebook.Core.Changes;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Themes;
using Codebook.Storage.Backups;
using Codebook.Core.Import;
using Codebook.Core.Merging;
using Codebook.Core.Model;
using Codebook.Core.Search;

namespace Codebook.Cli.Output;

/// <summary>Every <c>--json</c> output, serialized by generated code (<see cref="Json.Types"/>); the options that cannot be said
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
[JsonSerializable(typeof(List<TranscriptRow>))]
[JsonSerializable(typeof(IReadOnlyList<ThemeDifference>))]
[JsonSerializable(typeof(CodebookImportJson))]
[JsonSerializable(typeof(Theme))]
[JsonSerializable(typeof(IReadOnlyList<ThemeReview>))]
[JsonSerializable(typeof(ThemeMerge))]
[JsonSerializable(typeof(IReadOnlyList<Theme>))]
[JsonSerializable(typeof(ThemeDeletion))]
[JsonSerializable(typeof(AutoCodeJson))]
[JsonSerializable(typeof(IndexSize))]
[JsonSerializable(typeof(UnplacedCodingRow))]
[JsonSerializable(typeof(CodingRow))]
[JsonSerializable(typeof(Change))]
[JsonSerializable(typeof(MergeJson))]
[JsonSerializable(typeof(ProjectBackup))]
[JsonSerializable(typeof(IReadOnlyList<ProjectBackup>))]
[JsonSerializable(typeof(RestoreJson))]
[JsonSerializable(typeof(CreatedProject))]
[JsonSerializable(typeof(List<ImportResult>))]
[JsonSerializable(typeof(DemoSummary))]
[JsonSerializable(typeof(RefiImportJson))]
[JsonSerializable(typeof(EncryptedJson))]
[JsonSerializable(typeof(DecryptedJson))]
[JsonSerializable(typeof(IReadOnlyList<PseudonymSuggestion>))]
[JsonSerializable(typeof(CaseImportJson))]
[JsonSerializable(typeof(QuotesWritten))]
[JsonSerializable(typeof(FrameworkWritten))]
[JsonSerializable(typeof(ReportWritten))]
[JsonSerializable(typeof(MemosWritten))]
[JsonSerializable(typeof(CodebookWritten))]
[JsonSerializable(typeof(ProjectWritten))]
[JsonSerializable(typeof(IEnumerable<DisagreementRow>))]
[JsonSerializable(typeof(AgreementJson))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Every enum the outputs above hold, written as camelCase strings.</summary>
    internal static JsonConverter[] EnumConverters =>
    [
        Camel<AttributeType>(), Camel<AutoCodeUnit>(), Camel<ImportResultStatus>(), Camel<IndexCondition>(), Camel<MergeConflictKind>(),
        Camel<ReviewStatus>(), Camel<SpeakerRole>(), Camel<ThemeDifferenceKind>(),
    ];

    private static JsonStringEnumConverter<T> Camel<T>() where T : struct, Enum => new(JsonNamingPolicy.CamelCase);
}
