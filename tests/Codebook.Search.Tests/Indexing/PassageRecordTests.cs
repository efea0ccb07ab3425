using Codebook.Core.Model;
using Codebook.Search.Analysis;
using Codebook.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Codebook.Search.Tests.Indexing;

[TestClass]
public sealed class PassageRecordTests
{
    [TestMethod]
    public void ReadsBackWhatWasWrittenWithAbsentValuesAccentsAndFileLines()
    {
        PassageRecord[] records =
        [
            new("es01-lucía", "lucía", "es", 3, 2, "LUCÍA", SpeakerRole.Participant, new TextSpan(120, 180), 14, [21, 23], "¿Cómo fue?\nLas cifras… 😊"),
            new("fr01", null, "fr", 0, 0, null, SpeakerRole.None, new TextSpan(0, 0), 1, [], ""),
            new("x", "", "", 70_000, 65_000, "", SpeakerRole.Interviewer, new TextSpan(1_000_000, 1_001_200), 30_000, [],
                new string('é', Passages.MaxLength)),
        ];
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, Analyzers.PerField())))
        {
            foreach (var record in records) writer.AddDocument(new Document { record.ToField() });
        }
        using var reader = DirectoryReader.Open(directory);

        for (int doc = 0; doc < records.Length; doc++)
        {
            var read = PassageRecord.Read(reader, doc);
            CollectionAssert.AreEqual(records[doc].FileLines.ToList(), read.FileLines.ToList());
            Assert.AreEqual(records[doc], read with { FileLines = records[doc].FileLines });
        }
    }

    [TestMethod]
    public void APassageCitesTheFileLineOfEachOfItsLines()
    {
        var record = new PassageRecord("t", null, "fr", 0, 0, null, SpeakerRole.None, new TextSpan(0, 9), 6, [19, 21], "a\nb");
        var same = record with { FileLines = [] };

        Assert.AreEqual((19, 21), (record.FileLine(0), record.FileLine(1)));
        Assert.AreEqual((6, 7), (same.FileLine(0), same.FileLine(1)));
    }
}
