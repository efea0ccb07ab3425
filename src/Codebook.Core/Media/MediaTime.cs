using System.Globalization;

namespace Codebook.Core.Media;

/// <summary>Times into a recording as people and players write them.</summary>
public static class MediaTime
{
    /// <summary>"1:02:05.5", "2:05.0": hours only when there are any, tenths always.</summary>
    public static string Format(TimeSpan time)
    {
        var sign = time < TimeSpan.Zero ? "-" : "";
        time = time.Duration();
        var seconds = (time.Seconds + time.Milliseconds / 1000.0).ToString("00.0", CultureInfo.InvariantCulture);
        return time.TotalHours >= 1 ? $"{sign}{(int)time.TotalHours}:{time.Minutes:00}:{seconds}" : $"{sign}{time.Minutes}:{seconds}";
    }

    /// <summary>Seconds with a decimal point whatever the culture: what players take on their command line.</summary>
    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
