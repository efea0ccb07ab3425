using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Turns cite the line of the file the researcher has open, not of the normalised text.</summary>
[TestClass]
public sealed class TranscriptFileLineTests
{
    [TestMethod]
    public void AMarkdownTurnAfterFrontMatterGivesItsLineInTheFile()
    {
        string file = "---\nid: e1\nlanguage: fr\ninterviewer: ENQ\n---\nENQ: Bonjour.\nAna: Bonjour.\n\nENQ: Vous travaillez où ?\nAna: À la mission locale.\n";

        var t = TranscriptReader.Read("e1.md", System.Text.Encoding.UTF8.GetBytes(file)).Transcript;

        Assert.AreEqual(4, t.Turns[2].Line);
        Assert.AreEqual(9, t.FileLine(t.Turns[2].Line));
        Assert.AreEqual(10, t.FileLine(t.Turns[3].Line));
    }

    [TestMethod]
    public void AWebvttTurnGivesTheLineOfItsCueText()
    {
        string file = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\n<v ENQ>Bonjour.\n\n2\n00:00:02.500 --> 00:00:05.000\n<v Ana>Bonjour,\nje suis là.\n";

        var t = TranscriptReader.Read("e1.vtt", System.Text.Encoding.UTF8.GetBytes(file)).Transcript;

        Assert.AreEqual(2, t.Turns[1].Line);
        Assert.AreEqual(9, t.FileLine(t.Turns[1].Line));
    }

    [TestMethod]
    public void AWordParagraphCountsAsOneLineEvenWithLineBreaksInside()
    {
        var t = TranscriptReader.Read("e1.docx", WordFile(
            [new Run(new Text("ENQ: Première question ?"), new Break(), new Text("Suite de la question."))],
            [new Run(new Text("Ana: Ma réponse."))])).Transcript;

        Assert.AreEqual("ENQ: Première question ?\nSuite de la question.\nAna: Ma réponse.", t.Text);
        Assert.AreEqual(3, t.Turns[1].Line, "the break makes two lines of text");
        Assert.AreEqual(2, t.FileLine(t.Turns[1].Line), "the second paragraph");
    }

    private static byte[] WordFile(params OpenXmlElement[][] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(paragraphs.Select(p => new Paragraph(p))));
        }
        return stream.ToArray();
    }
}
