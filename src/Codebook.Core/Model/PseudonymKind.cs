namespace Codebook.Core.Model;

/// <summary>What a real name in the pseudonym table names.</summary>
public enum PseudonymKind
{
    Person,
    Place,
    Organisation,
}
