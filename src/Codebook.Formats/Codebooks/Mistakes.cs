using Codebook.Core.Errors;

namespace Codebook.Formats.Codebooks;

/// <summary>Collects every mistake in a codebook, then reports the first one with a count of the rest.</summary>
internal sealed class Mistakes(SourceMap map)
{
    private readonly List<(int Position, string Message, string Hint)> found = [];

    public void Add(int position, string message, string hint) => found.Add((position, message, hint));

    public void ThrowIfAny()
    {
        if (found.Count == 0)
        {
            return;
        }

        var first = found.OrderBy(m => m.Position).First();
        var message = found.Count == 1
            ? first.Message
            : $"{first.Message} (and {found.Count - 1} more mistake{(found.Count == 2 ? "" : "s")} after it)";
        throw new CodebookException(ErrorCode.BadCodebook, message, map.Where(first.Position), first.Hint);
    }
}
