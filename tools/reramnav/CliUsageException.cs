namespace ReRamNav.Cli;

/// <summary>
/// Bad input from the user (an option value, a file's content): the CLI prints the message, no stack
/// trace, and exits with <see cref="ExitCode"/>. The message names the option, file or line and says
/// what was expected.
/// </summary>
public sealed class CliUsageException(string message) : Exception(message)
{
    public const int ExitCode = 2;
}
