using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Codebook.Core.Exchange;
using Codebook.Core.Model;
using Codebook.Formats.Refi;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Refi;

/// <summary>An export for a tool, read as that tool reads it (an independent reader here: the raw text file, counted
/// the tool's way), gives every selection's text exactly; read the standard's way after an NVivo export, it does not.</summary>
[TestClass]
public sealed class ExportForToolTests
{
    private static readonly DateTime Created = new(2026, 3, 1, 9, 30, 0, DateTimeKind.Utc);

    // Emoji (two UTF-16 units, one code point) before most selections, accents, several lines.
    private const string Text = "ENQ : Vous résistez 😀 ?\n\nNADIA : Oui 😀😀 contre les chiffres, tous les jours.\nENQ : Et à l'accueil ?\nNADIA : Là-bas c'est pire 🙃, on ferme les portes.\n";
    private static readonly string[] Quotes = ["résistez", "contre les chiffres", "tous les jours", "à l'accueil", "on ferme les portes"];

    public static IEnumerable<object[]> Tools => RefiTool.All.Select(t => new object[] { t.Key });

    [TestMethod]
    [DynamicData(nameof(Tools))]
    public void EverySelectionReadTheToolsWayGivesItsTextExactly(string key)
    {
        var tool = RefiTool.Of(key)!;
        var (project, expected) = Project();

        var (text, selections) = ReadBack(Export(project, tool), tool);

        CollectionAssert.AreEqual(expected, selections.Select(s => Slice(text, s.Start, s.End, tool.Positions)).ToList());
        Assert.AreEqual(tool.Bom, text.Bom);
        Assert.AreEqual(tool.CrLf, text.Value.Contains("\r\n"));
    }

    [TestMethod]
    public void AnNVivoExportReadByCodePointsMisplacesSelectionsAfterAnEmojiAndTheStandardOneDoesNot()
    {
        var (project, expected) = Project();

        var (nvivoText, nvivo) = ReadBack(Export(project, RefiTool.NVivo), RefiTool.NVivo);
        var (standardText, standard) = ReadBack(Export(project, RefiTool.Standard), RefiTool.Standard);

        var nvivoByCodePoints = nvivo.Select(s => Slice(nvivoText, s.Start, s.End, OffsetConvention.Standard)).ToList();
        Assert.IsTrue(nvivoByCodePoints.Zip(expected).Count(p => p.First != p.Second) >= 4, string.Join(" | ", nvivoByCodePoints));
        CollectionAssert.AreEqual(expected, standard.Select(s => Slice(standardText, s.Start, s.End, OffsetConvention.Standard)).ToList());
    }

    [TestMethod]
    [DynamicData(nameof(Tools))]
    public void OurOwnReaderTakesEveryToolsExportBackToTheSameCodings(string key)
    {
        var (project, _) = Project();

        var (read, _) = QdpxReader.Read(Export(project, RefiTool.Of(key)!), "out.qdpx", "me", DateTime.UnixEpoch);

        var transcript = read.Transcripts.Single();
        Assert.AreEqual(Text, transcript.Text);
        CollectionAssert.AreEquivalent(project.Codings.Select(c => Text[c.Start..c.End]).ToList(), read.Codings.Select(c => transcript.Text[c.Start..c.End]).ToList());
    }

    private static (ProjectContent Project, List<string> Quotes) Project()
    {
        var transcript = TranscriptReader.Read("fr01.txt", Encoding.UTF8.GetBytes(Text)).Transcript;
        transcript.ImportedBy = "ana";
        transcript.ImportedAt = Created;
        var themes = new List<Theme> { new() { Id = "resistance", Label = "Résistance" } };
        var codings = Quotes.Select((quote, i) => new Coding
        {
            Id = $"c{i}", TranscriptId = transcript.Id, ThemeId = "resistance", Coder = "ana", CreatedAt = Created,
            Start = Text.IndexOf(quote, StringComparison.Ordinal), End = Text.IndexOf(quote, StringComparison.Ordinal) + quote.Length,
        }).ToList();
        return (new ProjectContent("study", Created, "ana", [transcript], [], themes, codings, []), [.. Quotes]);
    }

    private static MemoryStream Export(ProjectContent project, RefiTool tool)
    {
        var qdpx = new MemoryStream();
        QdpxWriter.Write(qdpx, project, tool);
        qdpx.Position = 0;
        return qdpx;
    }

    private sealed record SourceFile(string Value, bool Bom);

    /// <summary>The text file as bytes turned into a string (BOM removed, not counted) and the selections' positions as written.</summary>
    private static (SourceFile Text, List<(int Start, int End)> Selections) ReadBack(MemoryStream qdpx, RefiTool tool)
    {
        using var zip = new ZipArchive(qdpx, ZipArchiveMode.Read, leaveOpen: true);
        var qde = XDocument.Load(zip.GetEntry("project.qde")!.Open());
        XNamespace ns = "urn:QDA-XML:project:1.0";
        var source = qde.Descendants(ns + "TextSource").Single();
        var path = source.Attribute("plainTextPath")!.Value["internal://".Length..];
        using var copy = new MemoryStream();
        zip.GetEntry($"sources/{path}")!.Open().CopyTo(copy);
        var bytes = copy.ToArray();
        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = Encoding.UTF8.GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        var selections = source.Elements(ns + "PlainTextSelection")
            .Select(s => ((int)s.Attribute("startPosition")!, (int)s.Attribute("endPosition")!)).ToList();
        return (new SourceFile(text, bom), selections);
    }

    /// <summary>The text between two positions counted one way: UTF-16 units or code points, CRLF as one or two.</summary>
    private static string Slice(SourceFile file, int start, int end, OffsetConvention counting)
    {
        var units = new List<int>();
        var text = file.Value;
        for (var i = 0; i < text.Length; i++)
        {
            if (!counting.Utf16Units && char.IsLowSurrogate(text[i])) continue;
            if (counting.CrLfAsOne && text[i] == '\n' && i > 0 && text[i - 1] == '\r') continue;
            units.Add(i);
        }
        units.Add(text.Length);
        return start < units.Count && end < units.Count ? text[units[start]..units[end]] : "(outside)";
    }
}
