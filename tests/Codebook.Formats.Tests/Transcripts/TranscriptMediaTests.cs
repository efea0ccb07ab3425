using System.Text;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>The front matter's <c>media:</c> names the recording (docs/media.md), and is not a case attribute.</summary>
[TestClass]
public sealed class TranscriptMediaTests
{
    [TestMethod]
    public void TheFrontMatterNamesTheRecording()
    {
        var text = "---\ntitle: Entrevista 13\nmedia: audio/entrevista 13.m4a\nrole: service-user\n---\n[00:00:08] Entrevistador: Vale, creo que ya graba.\n";
        var parsed = TranscriptReader.Read("es13-diego.md", Encoding.UTF8.GetBytes(text));
        Assert.AreEqual("audio/entrevista 13.m4a", parsed.Media);
        Assert.IsNull(parsed.Recording, "linking is the importer's, which knows where the project is");
        Assert.IsFalse(parsed.Case!.Attributes.ContainsKey("media"));
        Assert.AreEqual("service-user", parsed.Case.Attributes["role"]);
    }

    [TestMethod]
    public void WithoutItThereIsNone() =>
        Assert.IsNull(TranscriptReader.Read("x.txt", Encoding.UTF8.GetBytes("ENT: ¿Y ahora?\n")).Media);
}
