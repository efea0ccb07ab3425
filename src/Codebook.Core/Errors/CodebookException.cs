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

    /// <summary>With a hint each front end words in its own way (<see cref="Hint"/> is Core's English for it).</summary>
    public CodebookException(ErrorCode code, string message, string? where, ErrorHint hint, Exception? inner = null)
        : this(code, message, where, hint.Text, inner)
    {
        Suggestion = hint;
    }

    public ErrorCode Code { get; }

    /// <summary>What to do, as a kind of hint and its arguments, when a front end words it its own way; null when
    /// <see cref="Hint"/> alone says it.</summary>
    public ErrorHint? Suggestion { get; }

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
