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
    public void Reads_back_what_was_written_with_absent_values_and_accents()
    {
        PassageRecord[] records =
        [
            new("es01-lucía", "lucía", "es", 3, 2, "LUCÍA", SpeakerRole.Participant, new TextSpan(120, 180), 14, "¿Cómo fue?\nLas cifras… 😊"),
            new("fr01", null, "fr", 0, 0, null, SpeakerRole.None, new TextSpan(0, 0), 1, ""),
            new("x", "", "", 70_000, 65_000, "", SpeakerRole.Interviewer, new TextSpan(1_000_000, 1_001_200), 30_000,
                new string('é', Passages.MaxLength)),
        ];
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.Version, Analyzers.PerField())))
        {
            foreach (var record in records) writer.AddDocument(new Document { record.ToField() });
        }
        using var reader = DirectoryReader.Open(directory);

        for (int doc = 0; doc < records.Length; doc++) Assert.AreEqual(records[doc], PassageRecord.Read(reader, doc));
    }
}
