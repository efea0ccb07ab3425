namespace Codebook.Core.Model;

/// <summary>What a case attribute's values are: words, numbers (ages, years of seniority) or dates (of the
/// interview, of a hiring). Numbers and dates can be searched by range and grouped in bins.</summary>
public enum AttributeType
{
    Text,
    Number,
    Date,
}
