using Codebook.Core.Model;

namespace Codebook.Core.Pseudonyms;

/// <summary>A text with the table's real names replaced: how many, and where the pseudonyms now stand (so the
/// check for real names left over does not trip on a pseudonym that contains one).</summary>
public sealed record Pseudonymised(string Text, IReadOnlyList<TextSpan> Replaced)
{
    public int Replacements => Replaced.Count;
}
