using Codebook.Core.Text;

namespace Codebook.Core.Speakers;

/// <summary>How speaker names are matched: trimmed, NFC, then case, accents and apostrophe style folded, so "LUCÍA",
/// "Lucia" and "lucía" are one speaker.</summary>
public static class SpeakerName
{
    public static string KeyOf(string name) => Folding.NameKey(name);

    public static bool Same(string? a, string b) => a is not null && KeyOf(a) == KeyOf(b);
}
