using System.CommandLine;
using System.Text;
using Codebook.Core.Errors;

namespace Codebook.Cli;

/// <summary>Where the password of an encrypted project comes from: <c>$CODEBOOK_PASSWORD</c>, else the first line of
/// <c>--password-file</c>, else a prompt without echo when a person is at the terminal. Never an argument: arguments
/// show in the process list and the shell's history.</summary>
public static class Passwords
{
    public const string Variable = "CODEBOOK_PASSWORD";

    /// <summary>The password to open a project with, looked for only when the project turns out to be encrypted.</summary>
    public static Func<string?> ToOpen(ParseResult parse, GlobalOptions globals) =>
        () => Given(parse, globals) ?? Ask(parse, "Password: ");

    /// <summary>A password for a project to encrypt: given, or asked twice.</summary>
    public static string New(ParseResult parse, GlobalOptions globals)
    {
        var password = Given(parse, globals);
        if (password is null && Ask(parse, "New password: ") is { } asked)
        {
            if (Ask(parse, "Again, to be sure: ") != asked)
            {
                throw new CodebookException(ErrorCode.Usage, "the two passwords differ", null, "run the command again");
            }
            password = asked;
        }
        if (password is null)
        {
            throw new CodebookException(ErrorCode.PasswordNeeded, "no password given to encrypt the project with", null,
                $"set {Variable}, pass --password-file FILE, or run the command in a terminal to be asked");
        }
        if (password.Length == 0) throw new CodebookException(ErrorCode.Usage, "the password is empty", null, "choose a password");
        return password;
    }

    private static string? Given(ParseResult parse, GlobalOptions globals)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        if (parse.GetValue(globals.PasswordFile) is not { } file) return null;
        try
        {
            return File.ReadLines(file).FirstOrDefault() ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CodebookException(ErrorCode.NotFound, $"cannot read the password file ({e.Message})", file,
                "check the path given to --password-file");
        }
    }

    /// <summary>Asks on the console, only when this run writes to the console (not a test's writer) and a person is at
    /// the terminal; the typed characters are not echoed.</summary>
    private static string? Ask(ParseResult parse, string prompt)
    {
        if (!ReferenceEquals(parse.InvocationConfiguration.Error, Console.Error) || Console.IsInputRedirected || Console.IsErrorRedirected)
        {
            return null;
        }
        Console.Error.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0) typed.Length--;
            else if (!char.IsControl(key.KeyChar)) typed.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
