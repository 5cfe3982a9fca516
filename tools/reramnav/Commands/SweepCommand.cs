using System.CommandLine;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav sweep`: a group of sweeps. `sweep grid` (also what a bare `sweep --param ...` runs) is
/// the generic grid over agent parameters; further sweeps register beside it, one line each.
/// </summary>
public static class SweepCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("sweep", "Parameter sweeps over seeds: 'sweep grid --param NAME=V1,V2 ...' (the default) runs the A -> B -> A experiment at every grid point");
        GridSweepCommand.Configure(command, stdout);
        command.Subcommands.Add(GridSweepCommand.Create(stdout));
        command.Subcommands.Add(Table1SweepCommand.Create(stdout));
        // Further sweeps register here, one line each.
        return command;
    }
}
