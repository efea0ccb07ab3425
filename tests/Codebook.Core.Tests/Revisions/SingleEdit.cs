using Codebook.Core.Revisions;

namespace Codebook.Core.Tests.Revisions;

/// <summary>The unchanged runs of two texts that differ by one edit: their common start and common end. Enough to
/// pin down <see cref="OffsetMap"/> without a diff library.</summary>
internal static class SingleEdit
{
    public static IReadOnlyList<UnchangedRun> Runs(string oldText, string newText)
    {
        var shorter = Math.Min(oldText.Length, newText.Length);
        var prefix = 0;
        while (prefix < shorter && oldText[prefix] == newText[prefix]) prefix++;
        var suffix = 0;
        while (suffix < shorter - prefix && oldText[^(suffix + 1)] == newText[^(suffix + 1)]) suffix++;
        var runs = new List<UnchangedRun>();
        if (prefix > 0) runs.Add(new UnchangedRun(0, 0, prefix));
        if (suffix > 0) runs.Add(new UnchangedRun(oldText.Length - suffix, newText.Length - suffix, suffix));
        return runs;
    }
}
