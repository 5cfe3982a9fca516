using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.HalMock;

namespace ReRamNav.Cli.Simulation;

/// <summary>A virtual board wired to the real driver through the SPI and READY seams, as on the bench.</summary>
public sealed class VirtualBench
{
    public VirtualBoard Board { get; }
    public ReRamBoard Driver { get; }

    public VirtualBench(VirtualBoardConfig config, SafetyLimits configLimits)
    {
        Board = new VirtualBoard(config);
        Driver = new ReRamBoard(Board, Board.Ready, Board.Clock, configLimits);
        Driver.Connect();
    }

    public static VirtualBench Create(uint seed, int rows = 30, int cols = 30)
    {
        var config = new VirtualBoardConfig { Seed = seed, Rows = rows, Cols = cols };
        return new VirtualBench(config, SafetyLimits.SiOxDefaults());
    }
}
