using System.Globalization;
using Codebook.Core.Model;

namespace Codebook.Tui.Themes;

/// <summary>A theme's label in the UI's language where the codebook has one (label-fr, label-es), else its main label.</summary>
public static class ThemeLabel
{
    public static string Of(Theme theme) =>
        theme.Labels.TryGetValue(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var label) && label.Length > 0 ? label : theme.Label;
}
