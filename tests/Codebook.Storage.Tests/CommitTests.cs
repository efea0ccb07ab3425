using Codebook.Core.Model;

namespace Codebook.Storage.Tests;

[TestClass]
public sealed class CommitTests
{
    private static Transcript Sample(string text) => new()
    {
        Id = "t1",
        Title = "",
        Language = "fr",
        Text = text,
        SourceHash = "abc",
        Interviewers = ["ENQ"],
        Turns =
        [
            new Turn { Index = 0, Speaker = "ENQ", Role = SpeakerRole.Interviewer, Label = new TextSpan(0, 6), Words = new TextSpan(6, 12), Line = 1, EndLine = 1, Timestamp = TimeSpan.FromSeconds(62.5) },
        ],
    };

    [TestMethod]
    public void TextKeepsEveryCharacterIncludingWhitespaceAndEmptyStrings()
    {
        const string text = "  ENQ : ça va ?  \n\n\tNADIA :  oui  \n ";
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "import", "test", changes => changes.Put(Sample(text)));
        }

        using var reopened = temp.Open();
        var transcript = reopened.FindTranscript("t1")!;
        Assert.AreEqual(text, transcript.Text);
        Assert.AreEqual("", transcript.Title);
        Assert.AreEqual(new TextSpan(6, 12), transcript.Turns[0].Words);
        Assert.AreEqual(TimeSpan.FromSeconds(62.5), transcript.Turns[0].Timestamp);
        Assert.AreEqual(SpeakerRole.Interviewer, transcript.Turns[0].Role);
        CollectionAssert.AreEqual(new[] { "ENQ" }, transcript.Interviewers);
    }

    [TestMethod]
    public void TranscriptsWithoutTextKeepEverythingButTextTurnsAndFileLines()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            var sample = Sample("ENQ : ça va ?");
            sample.Title = "Nadia";
            sample.CaseId = "c1";
            sample.ImportedAt = TempProject.Clock.UtcNow;
            sample.FileLines = [4];
            store.Commit("ana", "import", "test", changes => changes.Put(sample));
        }

        using var reopened = temp.Open();
        var head = reopened.TranscriptsWithoutText().Single();
        Assert.AreEqual(("t1", "Nadia", "c1", "fr", "abc", TempProject.Clock.UtcNow),
            (head.Id, head.Title, head.CaseId, head.Language, head.SourceHash, head.ImportedAt));
        CollectionAssert.AreEqual(new[] { "ENQ" }, head.Interviewers);
        Assert.AreEqual("", head.Text);
        Assert.IsEmpty(head.Turns);
        Assert.IsEmpty(head.FileLines);
    }

    [TestMethod]
    public void TranscriptsWithoutTextAreReadFromTheTranscriptsWhenOneLacksItsHead()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            var sample = Sample("ENQ : ça va ?");
            sample.Title = "Nadia";
            store.Commit("ana", "import", "test", changes => changes.Put(sample));
        }
        using (var db = new LiteDB.LiteDatabase(temp.Path))
        {
            db.GetCollection("transcript_heads").Delete("t1");
        }

        using var reopened = temp.Open();
        var transcript = reopened.TranscriptsWithoutText().Single();
        Assert.AreEqual(("t1", "Nadia", ""), (transcript.Id, transcript.Title, transcript.Text));
    }

    [TestMethod]
    public void EveryChangeIsLoggedWithWhoWhenAndWhat()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "import", "imported t1", changes => changes.Put(Sample("x")));
            store.Commit("luis", "case", "added a case", changes => changes.Put(new Case { Id = "c1", Name = "Nadia" }));
        }

        using var reopened = temp.Open();
        var log = reopened.Changes();
        Assert.HasCount(2, log);
        Assert.AreEqual(1, log[0].Sequence);
        Assert.AreEqual("ana", log[0].Coder);
        Assert.AreEqual("import", log[0].Action);
        Assert.AreEqual("imported t1", log[0].Summary);
        Assert.AreEqual(TempProject.Clock.UtcNow, log[0].At);
        Assert.AreEqual(2, log[1].Sequence);
        Assert.AreEqual("luis", log[1].Coder);
    }

    [TestMethod]
    public void AChangeThatFailsHalfwayWritesNothing()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            Assert.ThrowsExactly<InvalidOperationException>(() => store.Commit("ana", "import", "broken", changes =>
            {
                changes.Put(new Case { Id = "c1" });
                changes.Put(Sample("x"));
                throw new InvalidOperationException("the reader failed after two writes");
            }));

            Assert.IsEmpty(store.Cases());
            Assert.IsEmpty(store.Transcripts());
            Assert.IsEmpty(store.Changes());
        }

        using var reopened = temp.Open();
        Assert.IsEmpty(reopened.Transcripts());
        Assert.IsEmpty(reopened.Changes());
    }

    [TestMethod]
    public void TranscriptsAreFoundBySourceHash()
    {
        using var temp = new TempProject();
        using var store = temp.Create();
        store.Commit("ana", "import", "t1", changes => changes.Put(Sample("x")));

        Assert.AreEqual("t1", store.FindTranscriptBySourceHash("abc")?.Id);
        Assert.IsNull(store.FindTranscriptBySourceHash("def"));
    }

    [TestMethod]
    public void CaseAttributesAndThemeFieldsRoundTrip()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            store.Commit("ana", "setup", "case and theme", changes =>
            {
                changes.Put(new Case { Id = "nadia", Name = "Nadia", Attributes = { ["role"] = "frontline-worker", ["note"] = "" } });
                changes.Put(new Theme
                {
                    Id = "resistance", Label = "Resistance", Labels = { ["fr"] = "Résistance" }, Color = "#C0392B", Key = "r",
                    Definition = " keeps  spaces ", Include = ["a"], SearchHints = { ["es"] = ["resistir"] }, Status = ReviewStatus.InReview,
                });
            });
        }

        using var reopened = temp.Open();
        var @case = reopened.FindCase("nadia")!;
        Assert.AreEqual("frontline-worker", @case.Attributes["role"]);
        Assert.AreEqual("", @case.Attributes["note"]);
        var theme = reopened.Themes().Single();
        Assert.AreEqual("Résistance", theme.Labels["fr"]);
        Assert.AreEqual(" keeps  spaces ", theme.Definition);
        Assert.AreEqual(ReviewStatus.InReview, theme.Status);
        CollectionAssert.AreEqual(new[] { "resistir" }, theme.SearchHints["es"]);
        Assert.IsNull(theme.ParentId);
    }
}
