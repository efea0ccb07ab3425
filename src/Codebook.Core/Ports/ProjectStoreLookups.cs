using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Ports;

/// <summary>Finds what a user named by id, or says clearly that the project has no such thing and where to look.</summary>
public static class ProjectStoreLookups
{
    public static Transcript RequireTranscript(this IProjectStore store, string id) =>
        store.FindTranscript(id) ?? throw Missing(store, "transcript", id, "see 'codebook transcripts' for the ids");

    public static Case RequireCase(this IProjectStore store, string id) =>
        store.FindCase(id) ?? throw Missing(store, "case", id, "'codebook cases' lists them");

    public static Theme RequireTheme(this IProjectStore store, string id) =>
        store.Themes().FirstOrDefault(t => t.Id == id) ?? throw Missing(store, "theme", id, "'codebook themes' lists them");

    public static Coding RequireCoding(this IProjectStore store, string id) =>
        store.FindCoding(id) ?? throw Missing(store, "coding", id, "'codebook codings' lists them");

    private static CodebookException Missing(IProjectStore store, string kind, string id, string hint) =>
        new(ErrorCode.NotFound, $"no {kind} '{id}' in this project", store.Location, hint);
}
