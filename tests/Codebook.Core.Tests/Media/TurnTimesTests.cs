using System.Text;
using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Formats.Transcripts;

namespace Codebook.Core.Tests.Media;

/// <summary>Times of turns, from an excerpt of the sample study's interview es13-diego with two timestamps taken out.</summary>
[TestClass]
public sealed class TurnTimesTests
{
    private const string Excerpt = """
        [00:00:08] Entrevistador: Vale, creo que ya graba. ¿Me oyes bien? ¿Quieres que cierre la ventana?

        Diego: No, déjala, que con la calefacción esta no se puede respirar, el termostato está roto desde que llegué. Dispara.

        Entrevistador: Para empezar, cuéntame un poco quién eres.

        [00:00:46] Diego: Pues yo soy Diego, tengo veintinueve años, soy de Valencia.

        Entrevistador: ¿Y fue así?
        """;

    /// <summary>To the millisecond: a share of a time is rounded to ticks.</summary>
    internal static void AreClose(double seconds, TimeSpan actual) =>
        Assert.IsLessThan(1, Math.Abs(actual.TotalMilliseconds - seconds * 1000), $"{actual} is not {seconds} s");

    private static Transcript Diego() => TranscriptReader.Read("es13-diego.txt", Encoding.UTF8.GetBytes(Excerpt)).Transcript;

    [TestMethod]
    public void TurnsBetweenTwoTimestampsGetAStartEstimatedByWords()
    {
        var transcript = Diego();
        var times = TurnTimes.Of(transcript);
        // 13 words in the first turn, 19 in the second, 7 in the third: 39 words over the 38 seconds from 0:08 to 0:46.
        Assert.AreEqual(new TurnTime(0, TimeSpan.FromSeconds(8), false), times.Of(0));
        AreClose(8 + 38.0 * 13 / 39, times.Of(1)!.Start);
        Assert.IsTrue(times.Of(1)!.Estimated);
        AreClose(8 + 38.0 * 32 / 39, times.Of(2)!.Start);
        Assert.AreEqual(new TurnTime(3, TimeSpan.FromSeconds(46), false), times.Of(3));
        Assert.IsNull(times.Of(4), "after the last timestamp nothing says when a turn starts");
    }

    [TestMethod]
    public void TheWordCountsAreTheProjectSOwn()
    {
        var transcript = Diego();
        int Words(int turn) => TextStatistics.CountWords(transcript.Text.AsSpan(transcript.Turns[turn].Words.Start, transcript.Turns[turn].Words.Length));
        Assert.AreEqual((13, 19, 7), (Words(0), Words(1), Words(2)));
    }

    [TestMethod]
    public void TheOffsetMovesEveryTimeAndPlayNeverStartsBeforeZero()
    {
        var transcript = Diego();
        var times = TurnTimes.Of(transcript, TimeSpan.FromSeconds(-10));
        Assert.AreEqual(TimeSpan.FromSeconds(-2), times.Of(0)!.Start);
        Assert.AreEqual(TimeSpan.Zero, times.PlayFrom(0).Start);
        Assert.AreEqual(TimeSpan.FromSeconds(36), times.Of(3)!.Start);
    }

    [TestMethod]
    public void ATurnWithoutItsOwnTimePlaysFromTheNearestBeforeIt()
    {
        var times = TurnTimes.Of(Diego());
        Assert.AreEqual(new TurnTime(4, TimeSpan.FromSeconds(46), true), times.PlayFrom(4));
        Assert.AreEqual(TimeSpan.FromSeconds(46), times.EndOf(2));
        Assert.IsNull(times.EndOf(3), "the last timestamped turn's end is unknown");
    }

    [TestMethod]
    public void TheTurnHeardIsTheLastOneStarted()
    {
        var times = TurnTimes.Of(Diego());
        Assert.IsNull(times.TurnAt(TimeSpan.FromSeconds(3)));
        Assert.AreEqual(0, times.TurnAt(TimeSpan.FromSeconds(8)));
        Assert.AreEqual(1, times.TurnAt(TimeSpan.FromSeconds(30)));
        Assert.AreEqual(2, times.TurnAt(TimeSpan.FromSeconds(40)));
        Assert.AreEqual(3, times.TurnAt(TimeSpan.FromMinutes(5)));
    }

    [TestMethod]
    public void ATranscriptWithoutTimestampsPlaysFromTheStart()
    {
        var plain = TranscriptReader.Read("plain.txt", Encoding.UTF8.GetBytes("ENT: ¿Y ahora?\nMARÍA: Ahora todo es indicadores.\n")).Transcript;
        var times = TurnTimes.Of(plain);
        Assert.IsFalse(times.Any);
        Assert.AreEqual(new TurnTime(1, TimeSpan.Zero, true), times.PlayFrom(1));
    }
}
