using Codebook.Core.Model;

namespace Codebook.Storage.Tests.Privacy;

/// <summary>A transcript whose words are easy to look for in a file's raw bytes.</summary>
internal static class Interview
{
    public const string Sentence = "Mon chef compte les dossiers fermés chaque vendredi soir";

    public static Transcript Transcript => new()
    {
        Id = "nadia",
        Title = "Nadia",
        Language = "fr",
        Text = $"NADIA : {Sentence}.\n",
        SourceHash = "abc",
        Interviewers = ["ENQ"],
        Turns = [],
    };

    public static void ImportInto(LiteProjectStore store) =>
        store.Commit("ana", "import", "imported nadia", changes => changes.Put(Transcript));

    /// <summary>Whether the file holds the sentence in clear, in UTF-8 or UTF-16.</summary>
    public static bool InClear(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Sentence)) >= 0
            || bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(Sentence)) >= 0;
    }
}
