using System.CommandLine;
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
            foreach (var error in parse.Errors) stderr.WriteLine("error: " + error.Message);
            stderr.WriteLine("Run 'reramnav --help' or 'reramnav <command> --help' for the options.");
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
        catch (IOException e)
        {
            stderr.WriteLine("I/O error: " + e.Message);
            return 1;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine("I/O error: " + e.Message);
            return 1;
        }
    }
}
