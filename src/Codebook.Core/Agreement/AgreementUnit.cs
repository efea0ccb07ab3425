namespace Codebook.Core.Agreement;

/// <summary>What agreement is measured on: passages (coded with a theme or not), or characters (unitizing α).</summary>
public enum AgreementUnit
{
    Passage,
    Char,
}
