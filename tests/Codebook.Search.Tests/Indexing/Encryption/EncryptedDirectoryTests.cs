using Codebook.Search.Indexing.Encryption;
using Codebook.Testing;
using Lucene.Net.Codecs;
using Lucene.Net.Store;

namespace Codebook.Search.Tests.Indexing.Encryption;

/// <summary>The encrypted folder as Lucene sees it: a file reads back as written from any position, through clones
/// too, with its length and Lucene's checksum those of the bytes in clear, while the bytes on disk are not those.</summary>
[TestClass]
public sealed class EncryptedDirectoryTests
{
    private readonly TempFolder folder = new();

    [TestCleanup]
    public void Delete() => folder.Dispose();

    [TestMethod]
    public void AFileReadsBackAsWrittenFromAnyPositionWithTheLengthAndChecksumOfItsBytesInClear()
    {
        var random = new Random(23);
        var written = new byte[70_000];
        random.NextBytes(written);
        var key = IndexKey.For(folder.IndexPath, "correct horse");
        using var directory = EncryptedDirectory.Open(folder.IndexPath, key);

        using (var output = directory.CreateOutput("_0.test", IOContext.DEFAULT))
        {
            output.WriteByte(written[0]);
            output.WriteBytes(written, 1, 40_000);
            output.WriteBytes(written, 40_001, written.Length - 40_001);
            // Lucene's footer: the checksum of all the bytes before it, checked on reading.
            CodecUtil.WriteFooter(output);
        }

        var footer = CodecUtil.FooterLength();
        Assert.AreEqual(written.Length + footer, directory.FileLength("_0.test"));
        using (var whole = directory.OpenChecksumInput("_0.test", IOContext.DEFAULT))
        {
            whole.Seek(written.Length);
            CodecUtil.CheckFooter(whole);
        }
        CollectionAssert.AreEqual(new[] { "_0.test" }, directory.ListAll(), "the key file is not Lucene's");
        var raw = File.ReadAllBytes(Path.Combine(folder.IndexPath, "_0.test"));
        Assert.IsLessThan(0, raw.AsSpan().IndexOf(written.AsSpan(1000, 16)), "the bytes on disk are encrypted");

        using var input = directory.OpenInput("_0.test", IOContext.DEFAULT);
        Assert.AreEqual(written.Length + footer, input.Length);
        var clone = (IndexInput)input.Clone();
        for (var i = 0; i < 200; i++)
        {
            var reader = i % 2 == 0 ? input : clone;
            var at = random.Next(written.Length - 1);
            var length = Math.Min(random.Next(1, 5_000), written.Length - at);
            var read = new byte[length];
            reader.Seek(at);
            reader.ReadBytes(read, 0, length);
            CollectionAssert.AreEqual(written.AsSpan(at, length).ToArray(), read, $"{length} bytes at {at}");
        }
    }

    [TestMethod]
    public void AFileNotWrittenThroughTheKeyIsRefusedAsCorrupt()
    {
        var key = IndexKey.For(folder.IndexPath, "correct horse");
        using var directory = EncryptedDirectory.Open(folder.IndexPath, key);
        File.WriteAllText(Path.Combine(folder.IndexPath, "segments_1"), "not ours at all, nor long enough");

        Assert.ThrowsExactly<Lucene.Net.Index.CorruptIndexException>(() => directory.OpenInput("segments_1", IOContext.DEFAULT));
    }
}
