using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Ports;

/// <summary>Finds what a user named by id, or says clearly that the project has no such thing and where to look.</summary>
public static class ProjectStoreLookups
{
    public static Transcript RequireTranscript(this IProjectStore store, string id) =>
        store.FindTranscript(id) ?? throw Missing(store, "transcript", id, new ErrorHint(HintKind.ListTranscripts));

    public static Case RequireCase(this IProjectStore store, string id) =>
        store.FindCase(id) ?? throw Missing(store, "case", id, new ErrorHint(HintKind.ListCases));

    public static Theme RequireTheme(this IProjectStore store, string id) =>
        store.Themes().FirstOrDefault(t => t.Id == id) ?? throw Missing(store, "theme", id, new ErrorHint(HintKind.ListThemes));

    public static Coding RequireCoding(this IProjectStore store, string id) =>
        store.FindCoding(id) ?? throw Missing(store, "coding", id, new ErrorHint(HintKind.ListCodings));

    private static CodebookException Missing(IProjectStore store, string kind, string id, ErrorHint hint) =>
        new(ErrorCode.NotFound, $"no {kind} '{id}' in this project", store.Location, hint);
}
