using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Tui.Tests;

internal static class Extensions
{
    /// <summary>The only transcript of a one-interview study.</summary>
    public static Transcript RequireOne(this IProjectStore store) => store.Transcripts().Single();
}
