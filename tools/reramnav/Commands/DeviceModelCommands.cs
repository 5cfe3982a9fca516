using System.CommandLine;

namespace ReRamNav.Cli.Commands;

/// <summary>The device-model commands (`model`, `sweep`), registered in Cli.cs with one line.</summary>
public static class DeviceModelCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout)
    {
        yield return ModelCommand.Create(stdout);
        yield return SweepCommand.Create(stdout);
    }
}
