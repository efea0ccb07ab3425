namespace Codebook.Core.Errors;

/// <summary>The one exception Codebook throws for problems a user can fix: it says what, where, and what to do.</summary>
public sealed class CodebookException : Exception
{
    public CodebookException(ErrorCode code, string message, string? where = null, string? hint = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Where = where;
        Hint = hint;
    }

    public ErrorCode Code { get; }

    /// <summary>The file, and line and column when known ("a.md:12:3").</summary>
    public string? Where { get; }

    /// <summary>What the user can do about it.</summary>
    public string? Hint { get; }

    /// <summary>"where: message (hint)", the form every front end prints.</summary>
    public string Describe()
    {
        var text = Where is null ? Message : $"{Where}: {Message}";
        return Hint is null ? text : $"{text} — {Hint}";
    }
}
