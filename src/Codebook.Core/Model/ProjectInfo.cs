namespace Codebook.Core.Model;

/// <summary>What a project says about itself.</summary>
public sealed class ProjectInfo
{
    public string Name { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Version of the project file's layout; migrations bring older files up to date.</summary>
    public int SchemaVersion { get; set; }
}
