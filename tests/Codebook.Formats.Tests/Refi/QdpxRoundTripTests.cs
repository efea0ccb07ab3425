using System.Text;
using Codebook.Core.Exchange;
using Codebook.Core.Model;
using Codebook.Formats.Refi;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Refi;

/// <summary>A small project with everything REFI-QDA carries: written valid against the project schema, read back the same.</summary>
[TestClass]
public sealed class QdpxRoundTripTests
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    [TestMethod]
    public void AProjectExportsValidAndComesBackWithItsCodingsCasesAndMemos()
    {
        var project = SmallProject();
        var qdpx = new MemoryStream();
        QdpxWriter.Write(qdpx, project);

        var errors = RefiData.SchemaErrors(new MemoryStream(Entry(qdpx, "project.qde")), "Project-mrt2019.xsd");
        CollectionAssert.AreEqual(Array.Empty<string>(), errors, string.Join("\n", errors));

        qdpx.Position = 0;
        var (read, report) = QdpxReader.Read(qdpx, "small.qdpx", "someone", DateTime.UnixEpoch);

        Assert.IsEmpty(report.Notes, string.Join("\n", report.Notes));
        var transcript = read.Transcripts.Single();
        Assert.AreEqual(project.Transcripts[0].Text, transcript.Text);
        Assert.AreEqual(("fr01-nadia", "Entretien 01", "nadia"), (transcript.Id, transcript.Title, transcript.CaseId));
        // A theme's id comes back when it is words of its label ("resistance"); "gaming" ("Jouer avec les chiffres") comes back as its label's slug.
        CollectionAssert.AreEqual(new[] { "resistance", "jouer-avec-les-chiffres" }, read.Themes.Select(t => t.Id).ToArray());
        CollectionAssert.AreEquivalent(project.Codings.Select(c => Row(c, project.Themes)).ToList(), read.Codings.Select(c => Row(c, read.Themes)).ToList());
        var @case = read.Cases.Single();
        Assert.AreEqual(("nadia", "Nadia K.", "frontline-worker"), (@case.Id, @case.Name, @case.Attributes["role"]));
        CollectionAssert.AreEquivalent(project.Memos.Select(m => Memo(m, project)).ToList(), read.Memos.Select(m => Memo(m, read)).ToList());
    }

    [TestMethod]
    public void TwoExportsOfTheSameProjectAreIdentical()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();

        QdpxWriter.Write(first, SmallProject());
        QdpxWriter.Write(second, SmallProject());

        CollectionAssert.AreEqual(first.ToArray(), second.ToArray());
    }

    [TestMethod]
    public void PositionsCountCodePointsSoAnEmojiCountsOnce()
    {
        var qdpx = new MemoryStream();
        QdpxWriter.Write(qdpx, SmallProject());

        var qde = Encoding.UTF8.GetString(Entry(qdpx, "project.qde"));
        var text = SmallProject().Transcripts[0].Text;
        var start = text.IndexOf("les chiffres", StringComparison.Ordinal);
        StringAssert.Contains(qde, $"startPosition=\"{start - 1}\" endPosition=\"{start - 1 + "les chiffres".Length}\"");
    }

    private static ProjectContent SmallProject()
    {
        var text = "ENQ : Vous résistez ?\n\nNADIA : Oui 😀 contre les chiffres, tous les jours.\n";
        var transcript = TranscriptReader.Read("fr01-nadia.txt", Encoding.UTF8.GetBytes(text)).Transcript;
        transcript.Title = "Entretien 01";
        transcript.CaseId = "nadia";
        transcript.ImportedBy = "ana";
        transcript.ImportedAt = Created;
        var at = (string word) => transcript.Text.IndexOf(word, StringComparison.Ordinal);
        var themes = new List<Theme>
        {
            new() { Id = "resistance", Label = "Résistance", Color = "#922B21", Definition = "Refus.", Include = ["refus explicite"] },
            new() { Id = "gaming", Label = "Jouer avec les chiffres", ParentId = "resistance" },
        };
        var codings = new List<Coding>
        {
            new() { Id = "c1", TranscriptId = transcript.Id, ThemeId = "resistance", Coder = "ana", Start = at("les chiffres"), End = at("les chiffres") + 12, CreatedAt = Created, Memo = "net" },
            new() { Id = "c2", TranscriptId = transcript.Id, ThemeId = "gaming", Coder = "luis", Start = at("Oui"), End = at(", tous"), CreatedAt = Created },
        };
        var memos = new List<Memo>
        {
            new() { Id = "m1", Target = MemoTarget.Project, Text = "Journal : première lecture.", Author = "ana", CreatedAt = Created },
            new() { Id = "m2", Target = MemoTarget.Transcript, TargetId = transcript.Id, Text = "Entretien calme.", Author = "luis", CreatedAt = Created },
            new() { Id = "m3", Target = MemoTarget.Theme, TargetId = "gaming", Text = "À fusionner ?", Author = "ana", CreatedAt = Created },
            new() { Id = "m4", Target = MemoTarget.Coding, TargetId = "c2", Text = "Ironique.", Author = "luis", CreatedAt = Created },
        };
        var cases = new List<Case> { new() { Id = "nadia", Name = "Nadia K.", Attributes = { ["role"] = "frontline-worker", ["year"] = "2013" } } };
        return new ProjectContent("study", Created, "ana", [transcript], cases, themes, codings, memos);
    }

    /// <summary>A coding by its span, its theme's label, coder and note.</summary>
    private static string Row(Coding c, IReadOnlyList<Theme> themes) => $"{c.TranscriptId}|{c.Start}|{c.End}|{Label(c.ThemeId, themes)}|{c.Coder}|{c.Memo}";

    private static string Label(string themeId, IReadOnlyList<Theme> themes) => themes.Single(t => t.Id == themeId).Label;

    /// <summary>A memo by what it is on; a coding memo by its coding's span, since coding ids are new on import.</summary>
    private static string Memo(Memo m, ProjectContent project) =>
        $"{m.Target}|{m.Target switch { MemoTarget.Coding => Row(project.Codings.Single(c => c.Id == m.TargetId), project.Themes), MemoTarget.Theme => Label(m.TargetId, project.Themes), _ => m.TargetId }}|{m.Author}|{m.Text}";

    private static byte[] Entry(MemoryStream qdpx, string name)
    {
        qdpx.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(qdpx, System.IO.Compression.ZipArchiveMode.Read, leaveOpen: true);
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }
}
