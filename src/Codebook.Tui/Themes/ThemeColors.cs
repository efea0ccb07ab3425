using System.Globalization;
using Codebook.Core.Model;
using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Codebook.Tui.Themes;

/// <summary>Theme colours (#RRGGBB) as terminal colours, and text that stays readable on them.</summary>
public static class ThemeColors
{
    /// <summary>For themes without a colour, or with one that is not #RRGGBB.</summary>
    public static readonly Color Fallback = new(128, 128, 128);

    public static Color Of(Theme? theme)
    {
        var hex = theme?.Color?.TrimStart('#');
        if (hex is not { Length: 6 } || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int rgb)) return Fallback;
        return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /// <summary>Coded text: the theme's colour behind black or white letters, whichever reads better.</summary>
    public static Attribute Highlight(Color background)
    {
        double luminance = 0.299 * background.R + 0.587 * background.G + 0.114 * background.B;
        return new Attribute(luminance > 140 ? new Color(0, 0, 0) : new Color(255, 255, 255), background);
    }
}
