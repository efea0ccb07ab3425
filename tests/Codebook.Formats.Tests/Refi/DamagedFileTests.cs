using Codebook.Core.Errors;
using Codebook.Core.Exchange;
using Codebook.Core.Model;
using Codebook.Formats.Refi;

namespace Codebook.Formats.Tests.Refi;

/// <summary>Whatever the damage, a file either reads or is refused with our one exception: never a crash.</summary>
[TestClass]
public sealed class DamagedFileTests
{
    [TestMethod]
    public void ACodebookCutAnywhereIsReadOrRefusedClearly()
    {
        var qdc = File.ReadAllBytes(RefiData.Sample("atlasti-23.4.0-valid.qdc"));
        for (var length = 0; length < qdc.Length; length++)
        {
            try
            {
                QdcReader.Read(new MemoryStream(qdc, 0, length), "cut.qdc");
                Assert.Fail($"a codebook cut at {length} of {qdc.Length} bytes was read");
            }
            catch (CodebookException e)
            {
                Assert.AreEqual(ErrorCode.BadExchangeFile, e.Code);
            }
        }
    }

    [TestMethod]
    public void AProjectWithAnyByteDamagedIsReadOrRefusedClearly()
    {
        var qdpx = Export();
        var random = new Random(20260301);
        for (var round = 0; round < 400; round++)
        {
            var damaged = (byte[])qdpx.Clone();
            damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
            try
            {
                QdpxReader.Read(new MemoryStream(damaged), "damaged.qdpx", "me", DateTime.UnixEpoch);
            }
            catch (CodebookException e)
            {
                Assert.AreEqual(ErrorCode.BadExchangeFile, e.Code);
            }
        }
    }

    private static byte[] Export()
    {
        var transcript = new Transcript { Id = "fr01", Title = "Entretien", Text = "ENQ : Alors ?\nNADIA : On résiste aux chiffres.\n" };
        var theme = new Theme { Id = "resistance", Label = "Résistance", Color = "#922B21" };
        var coding = new Coding { Id = "c1", TranscriptId = "fr01", ThemeId = "resistance", Coder = "ana", Start = 22, End = 29 };
        var memo = new Memo { Id = "m1", Target = MemoTarget.Coding, TargetId = "c1", Text = "Net.", Author = "ana" };
        var stream = new MemoryStream();
        QdpxWriter.Write(stream, new ProjectContent("study", DateTime.UnixEpoch, "ana", [transcript], [], [theme], [coding], [memo]));
        return stream.ToArray();
    }
}
