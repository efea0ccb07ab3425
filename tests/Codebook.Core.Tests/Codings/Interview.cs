using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Core.Tests.Codings;

/// <summary>A real project file holding one short French interview and two themes.</summary>
internal sealed class Interview : IDisposable
{
    public const string Text =
        "ENQ : Comment ça se passe ?\n" +
        "NADIA : On a commencé à anonymiser les CV.\n" +
        "  Les chiffres, toujours les Chiffres.\n" +
        "\n" +
        "ENQ : Et l’Évaluation ?";

    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;

    public Interview()
    {
        Store = ProjectFile.Create(Path.Combine(_folder, "p.codebook"), new Coder("ana"), SystemClock.Instance);
        Store.Commit("ana", "setup", "interview and themes", changes =>
        {
            changes.Put(new Transcript
            {
                Id = "fr01", Language = "fr", Text = Text,
                Turns = [Turn(0, "ENQ : Comment", "passe ?", 1, 1), Turn(1, "NADIA : On", "Chiffres.", 2, 3), Turn(2, "ENQ : Et", "Évaluation ?", 5, 5)],
            });
            changes.Put(new Theme { Id = "resistance", Label = "Resistance" });
            changes.Put(new Theme { Id = "numbers", Label = "Governance by numbers" });
        });
    }

    public LiteProjectStore Store { get; }

    /// <summary>Offsets of the first occurrence of <paramref name="part"/>.</summary>
    public static TextSpan Of(string part)
    {
        int start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    /// <summary>A turn whose words run to the line feed after <paramref name="closing"/>, as the importer records them.</summary>
    private static Turn Turn(int index, string opening, string closing, int line, int endLine)
    {
        int start = Of(opening).Start;
        int words = Text.IndexOf(':', start) + 2;
        int end = Math.Min(Of(closing).End + 1, Text.Length);
        return new Turn { Index = index, Line = line, EndLine = endLine, Label = new TextSpan(start, words), Words = new TextSpan(words, end) };
    }

    public void Dispose()
    {
        Store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
