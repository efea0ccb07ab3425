using System.Text;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Codebook.Formats.Revisions;
using Codebook.Formats.Transcripts;
using Codebook.Storage;

namespace Codebook.Core.Tests.Media;

[TestClass]
public sealed class MediaServiceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;

    [TestCleanup]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    private string Project => Path.Combine(_folder, "study.codebook");

    private LiteProjectStore Create()
    {
        var store = ProjectFile.Create(Project, new Coder("ana"), SystemClock.Instance);
        var text = "[00:00:08] Entrevistador: Vale, creo que ya graba.\nDiego: No, déjala.\n[00:00:46] Diego: Pues yo soy Diego.\n";
        new TranscriptImporter(store, new Coder("ana"), SystemClock.Instance, WordDiff.Instance).Import(TranscriptReader.Read("es13-diego.txt", Encoding.UTF8.GetBytes(text)));
        return store;
    }

    [TestMethod]
    public void LinkOffsetAndUnlinkAreKeptInTheProjectAndUndoneOneByOne()
    {
        using (var store = Create())
        {
            var media = new MediaService(store, new Coder("ana"));
            var recording = media.Link("es13-diego", Path.Combine(_folder, "audio", "diego.m4a"));
            Assert.AreEqual("audio/diego.m4a", recording.Path, "stored relative to the project");
            media.SetOffset("es13-diego", TimeSpan.FromSeconds(2.5));
            media.Link("es13-diego", Path.Combine(_folder, "audio", "diego-full.m4a"));
            Assert.AreEqual(TimeSpan.FromSeconds(2.5), store.FindRecording("es13-diego")!.Offset, "linking again keeps the offset");
            media.Unlink("es13-diego");
            Assert.IsNull(store.FindRecording("es13-diego"));

            store.Undo("ana");
            Assert.AreEqual("audio/diego-full.m4a", store.FindRecording("es13-diego")!.Path);
            store.Undo("ana");
            store.Undo("ana");
            Assert.AreEqual((TimeSpan.Zero, "audio/diego.m4a"), (store.FindRecording("es13-diego")!.Offset, store.FindRecording("es13-diego")!.Path));
            CollectionAssert.AreEqual(new[] { "media.link", "media.offset", "media.link", "media.unlink", "undo", "undo", "undo" },
                store.Changes().Skip(1).Select(c => c.Action).ToArray());
        }
        using var reopened = ProjectFile.Open(Project, SystemClock.Instance);
        Assert.AreEqual("audio/diego.m4a", reopened.Recordings().Single().Path);
    }

    [TestMethod]
    public void ARecordingOutsideTheProjectFolderIsKeptAbsolute()
    {
        using var store = Create();
        var outside = Path.GetFullPath(Path.Combine(_folder, "..", "elsewhere", "diego.mp3"));
        Assert.AreEqual(outside, new MediaService(store, new Coder("ana")).Link("es13-diego", outside).Path);
        Assert.AreEqual(outside, RecordingPath.ToFull(Project, outside));
    }

    [TestMethod]
    public void CuesUseTheOffsetAndEstimatedTimes()
    {
        using var store = Create();
        var media = new MediaService(store, new Coder("ana"));
        media.Link("es13-diego", Path.Combine(_folder, "diego.wav"));
        media.SetOffset("es13-diego", TimeSpan.FromSeconds(-3));
        var transcript = store.FindTranscript("es13-diego")!;

        var second = media.CueAt(transcript, 1);
        Assert.AreEqual(Path.Combine(_folder, "diego.wav"), second.File);
        Assert.IsTrue(second.Estimated);
        // 5 words in the first turn, 2 in the second: five sevenths of the way from 0:08 to 0:46, less 3 s.
        TurnTimesTests.AreClose(8 + 38.0 * 5 / 7 - 3, second.Start);

        var passage = media.CueFor(transcript, transcript.Turns[1].Words);
        Assert.AreEqual((second.Start, TimeSpan.FromSeconds(43)), (passage.Start, passage.End!.Value), "to the next timestamped turn");
    }

    [TestMethod]
    public void WithoutALinkNothingCanBePlayedOrUnlinkedAndNothingChanges()
    {
        using var store = Create();
        var media = new MediaService(store, new Coder("ana"));
        var before = store.LastChange;
        Assert.AreEqual(ErrorCode.NoRecording, Assert.ThrowsExactly<CodebookException>(() => media.CueAt(store.FindTranscript("es13-diego")!, 0)).Code);
        Assert.AreEqual(ErrorCode.NoRecording, Assert.ThrowsExactly<CodebookException>(() => media.Unlink("es13-diego")).Code);
        Assert.AreEqual(ErrorCode.NoRecording, Assert.ThrowsExactly<CodebookException>(() => media.SetOffset("es13-diego", TimeSpan.FromSeconds(1))).Code);
        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => media.Link("nobody", "x.wav")).Code);
        Assert.AreEqual(before, store.LastChange);
    }
}
