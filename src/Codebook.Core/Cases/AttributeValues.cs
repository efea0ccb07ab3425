using System.Globalization;
using Codebook.Core.Model;

namespace Codebook.Core.Cases;

/// <summary>How an attribute's text is read as a number or a date: the one reading used to infer types, check
/// values, index them and bin them. Numbers take a dot or a comma as decimal mark ("3.5", "3,5"); dates are
/// ISO days (2023-06-30), as spreadsheets and front matter write them.</summary>
public static class AttributeValues
{
    public const string DateFormat = "yyyy-MM-dd";

    public static bool TryNumber(string? value, out double number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var text = value.Trim();
        // A comma is a decimal mark only when there is no dot: "1,5" is one and a half, "1,000.5" is not read.
        if (text.Contains(',') && !text.Contains('.')) text = text.Replace(',', '.');
        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
    }

    public static bool TryDate(string? value, out DateOnly date)
    {
        date = default;
        return !string.IsNullOrWhiteSpace(value)
            && DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A value as a point on one scale for ranges and bins: the number itself, or a date's day number.</summary>
    public static bool TryScale(AttributeType type, string? value, out double point)
    {
        point = 0;
        switch (type)
        {
            case AttributeType.Number: return TryNumber(value, out point);
            case AttributeType.Date when TryDate(value, out var date):
                point = date.DayNumber;
                return true;
            default: return false;
        }
    }

    /// <summary>Whether <paramref name="value"/> is one of <paramref name="type"/>'s values: any text is text.</summary>
    public static bool Fits(AttributeType type, string value) => type == AttributeType.Text || TryScale(type, value, out _);

    /// <summary>The type values show: numbers if they all are, dates if they all are, else text (and text when
    /// there is none).</summary>
    public static AttributeType Infer(IEnumerable<string> values)
    {
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (present.Count == 0) return AttributeType.Text;
        if (present.All(v => TryNumber(v, out _))) return AttributeType.Number;
        if (present.All(v => TryDate(v, out _))) return AttributeType.Date;
        return AttributeType.Text;
    }

    public static string Describe(AttributeType type) => type.ToString().ToLowerInvariant();
}
