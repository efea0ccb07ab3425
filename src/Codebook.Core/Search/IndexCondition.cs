namespace Codebook.Core.Search;

/// <summary>What state a search index was found in when opened or checked.</summary>
public enum IndexCondition
{
    /// <summary>It reflects the project's latest change.</summary>
    Ok,
    /// <summary>There was no index folder, or no index in it.</summary>
    Missing,
    /// <summary>It reflects an older change (or a newer one: a project file restored from a backup).</summary>
    Stale,
    /// <summary>Lucene could not read it: a truncated or missing file, a corrupt or unknown format.</summary>
    Damaged,
}
