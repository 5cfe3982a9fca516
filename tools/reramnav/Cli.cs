using System.CommandLine;
using System.CommandLine.Parsing;
using ReRamNav.Cli.Commands;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Cli;

/// <summary>
/// The bench CLI: one subcommand per file in Commands/. <see cref="Run"/> takes the output writers
/// so tests run the real command line in-process. Exit codes: 0 ok, 1 a run failed (board error,
/// I/O), 2 bad input (options, files) with one message naming what is wrong and what was expected.
/// </summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ReRamNav bench: run the paper's place-cell navigation experiments on the virtual ReRAM board (or a live device) and analyse the results.");
        root.Subcommands.Add(DemoCommand.Create(stdout));
        root.Subcommands.Add(PlotCommand.Create(stdout));
        root.Subcommands.Add(ReproduceCommand.Create(stdout));
        root.Subcommands.Add(MonitorCommand.Create(stdout, stderr));
        root.Subcommands.Add(ReRamNav.Cli.Commands.Board.BoardCommand.Create(stdout, stderr));
        root.Subcommands.Add(ModelCommand.Create(stdout));
        root.Subcommands.Add(SweepCommand.Create(stdout));
        // Further commands register here, one line each.

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            WriteParseErrors(parse, stderr);
            return CliUsageException.ExitCode;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return CliUsageException.ExitCode;
        }
        catch (MazeFormatException e)
        {
            stderr.WriteLine("error: " + e.Message);
            return CliUsageException.ExitCode;
        }
        catch (BoardException e)
        {
            stderr.WriteLine("board error: " + e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Output paths are checked before a run (OptionValues.CheckOutputFile); this is what slips through,
            // e.g. a disk that fills up. It is the user's environment, not a defect: exit 2 like other bad input.
            stderr.WriteLine("error: could not read or write a file: " + e.Message + " (check --out and the input files)");
            return CliUsageException.ExitCode;
        }
    }

    /// <summary>
    /// System.CommandLine's parse errors, one per line, except at a level that has subcommands (reramnav, board,
    /// model, sweep) when the word after it is not one of them, or none is given: there its "Unrecognized command
    /// or argument" and "Required command was not provided" become one line that lists the valid subcommands.
    /// </summary>
    private static void WriteParseErrors(ParseResult parse, TextWriter stderr)
    {
        var errors = parse.Errors.Select(e => e.Message).ToList();
        Command command = parse.CommandResult.Command;
        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
        string path = CommandPath(parse.CommandResult);
        string helpLine = "Run 'reramnav --help' or 'reramnav <command> --help' for the options.";
        if (subcommands.Count > 0)
        {
            // The word right after the command (not a word after an unknown option, which may be that option's value).
            int next = IndexOf(parse.Tokens, parse.CommandResult.IdentifierToken) + 1;
            string? unknown = next < parse.Tokens.Count && parse.Tokens[next].Type == TokenType.Argument
                && !parse.Tokens[next].Value.StartsWith('-') && parse.UnmatchedTokens.Contains(parse.Tokens[next].Value)
                ? parse.Tokens[next].Value : null;
            bool missing = command.Action == null;
            if (unknown != null || missing)
            {
                string list = string.Join(", ", subcommands);
                string what = command is RootCommand ? "command" : "subcommand";
                // The words after an unknown subcommand are its options: without it they cannot be judged.
                errors.RemoveAll(m => m == RequiredCommandMessage || (unknown != null && m.StartsWith(UnrecognizedPrefix, StringComparison.Ordinal)));
                errors.Insert(0, unknown != null
                    ? $"'{unknown}' is not a {what} of '{path}'; expected one of: {list}"
                    : $"'{path}' needs a {what}; expected one of: {list}");
                helpLine = $"Run '{path} --help' for what each {what} does, '{path} <{what}> --help' for its options.";
            }
        }
        foreach (string message in errors) stderr.WriteLine("error: " + message);
        stderr.WriteLine(helpLine);
    }

    // System.CommandLine 2.0's English messages (InvariantGlobalization); if a later version words them otherwise,
    // they are printed as they come, after the line that lists the subcommands.
    private const string RequiredCommandMessage = "Required command was not provided.";
    private const string UnrecognizedPrefix = "Unrecognized command or argument '";

    /// <summary>Where <paramref name="token"/> is in <paramref name="tokens"/> (by reference); -1 for the root command's, which is not among them.</summary>
    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int i = 0; i < tokens.Count; i++) if (ReferenceEquals(tokens[i], token)) return i;
        return -1;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? r = result; r != null; r = r.Parent)
            if (r is CommandResult c) names.Insert(0, c.Command is RootCommand ? "reramnav" : c.Command.Name);
        return string.Join(" ", names);
    }
}
