using System.Text;
using Codebook.Core.Errors;
using Codebook.Core.Import;
using Codebook.Formats.Transcripts;
using FsCheck;
using FsCheck.Fluent;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>For any input the reader returns a consistent transcript or a CodebookException — nothing else, and it
/// does not hang. Inputs are arbitrary strings and bytes, and strings built from transcript fragments so that the
/// label, front matter and subtitle paths are exercised.</summary>
[TestClass]
public sealed class TranscriptPropertyTests
{
    /// <summary>A hang guard, far above the milliseconds a read takes; not a performance check.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly string[] Fragments =
    [
        "ENQ: ", "Nadia : ", "NADIA\u00A0: ", "**Lucía:** ", "**Ana** : ", "[00:12:05] ", "00:01:02.5 ", "[Karim] ", "[rires] ",
        "Marc (ENQ): ", "— ", "– ", "- ", "Il m'a dit : ", "Résultat : ", "\n", "\n\n", "\r\n", "\r", " ", "\t", "?", ":", "**",
        "[", "]", "(", ")", "e\u0301", "é", "ñ", "\u00A0", "\uFEFF", "\u0000", "\u0001", "\uD800", "\uDC00", "😀", "palabra ", "mot ",
        "---\n", "id: x\n", "interviewer: [ENQ]\n", "case:\n  id: c\n", "attributes: 3\n", "title: [a\n", "&#xD800;", "&amp;",
        "WEBVTT\n\n", "NOTE\n", "00:00:01.000 --> 00:00:02.000\n", "1\n00:00:01,000 --> 00:00:02,000\n", "<v Ana>", "<v.x Bo>", "<i>", "</v>",
    ];

    private static Arbitrary<string> TranscriptLike() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [TestMethod]
    [DataRow(".txt")]
    [DataRow(".md")]
    [DataRow(".vtt")]
    [DataRow(".srt")]
    public void AnyStringReadsOrFailsWithACodebookException(string extension)
    {
        Check.One(Runs, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => ReadsCleanly("x" + extension, Encoding.UTF8.GetBytes(text ?? ""))));
        Check.One(Runs, Prop.ForAll(TranscriptLike(), text => ReadsCleanly("x" + extension, Encoding.UTF8.GetBytes(text))));
        Check.One(Runs, Prop.ForAll(TranscriptLike(), text => ReadsCleanly("x" + extension, Encoding.Unicode.GetBytes(text))));
    }

    [TestMethod]
    [DataRow(".txt")]
    [DataRow(".vtt")]
    [DataRow(".docx")]
    public void AnyBytesReadOrFailWithACodebookException(string extension) =>
        Check.One(Runs, Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => ReadsCleanly("x" + extension, bytes ?? [])));

    [TestMethod]
    public void AnyDocxTextReadsOrFailsWithACodebookException() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60),
            Prop.ForAll(TranscriptLike(), text => ReadsCleanly("x.docx", Docx.FromLines(text.Split('\n').Select(XmlSafe)))));

    /// <summary>Word documents cannot hold control characters or lone surrogates; keep the rest of the fragment.</summary>
    private static string XmlSafe(string line) =>
        new(line.Where(c => !char.IsControl(c) && !char.IsSurrogate(c)).ToArray());

    private static bool ReadsCleanly(string file, byte[] bytes)
    {
        var read = Task.Run(() =>
        {
            try
            {
                return TranscriptReader.Read(file, bytes);
            }
            catch (CodebookException e) when (e.Code == ErrorCode.BadTranscript && e.Where is not null && e.Where.StartsWith(file, StringComparison.Ordinal))
            {
                return null;
            }
        });
        Assert.IsTrue(read.Wait(HangGuard), $"reading {bytes.Length} bytes as {file} did not finish");
        if (read.Result is { } parsed) AssertConsistent(parsed);
        return true;
    }

    private static void AssertConsistent(ParsedTranscript parsed)
    {
        var t = parsed.Transcript;
        Assert.DoesNotContain('\r', t.Text);
        Assert.IsTrue(t.Text.IsNormalized(NormalizationForm.FormC), "text is not NFC");
        Assert.IsNotEmpty(t.Turns);
        int lines = t.Text.Count(c => c == '\n') + 1;
        int previousEnd = 0, previousLine = 0;
        for (int i = 0; i < t.Turns.Count; i++)
        {
            var turn = t.Turns[i];
            Assert.AreEqual(i, turn.Index);
            Assert.IsTrue(previousEnd <= turn.Label.Start && turn.Label.Start <= turn.Label.End, $"turn {i}: label {turn.Label} after {previousEnd}");
            Assert.IsTrue(turn.Label.End <= turn.Words.Start && turn.Words.Start <= turn.Words.End && turn.Words.End <= t.Text.Length,
                $"turn {i}: label {turn.Label}, words {turn.Words}, text length {t.Text.Length}");
            Assert.IsTrue(previousLine < turn.Line && turn.Line <= turn.EndLine && turn.EndLine <= lines, $"turn {i}: lines {turn.Line}-{turn.EndLine}");
            (previousEnd, previousLine) = (Math.Max(turn.Label.End, turn.Words.End), turn.EndLine);
        }
    }
}
