using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>The coefficients for one theme, or for all themes pooled (<see cref="Theme"/> null).</summary>
/// <param name="Cohen">Only for two coders.</param>
/// <param name="Unitized">Only by character.</param>
public sealed record ThemeAgreement(Theme? Theme, Coefficient Percent, Coefficient? Cohen, Coefficient Fleiss, Coefficient Alpha, Coefficient? Unitized);
