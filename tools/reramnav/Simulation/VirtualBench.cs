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

    public static VirtualBench Create(uint seed, int rows = 30, int cols = 30) => Create(seed, rows, cols, BenchSettings.Paper);

    public static VirtualBench Create(uint seed, int rows, int cols, BenchSettings settings)
    {
        var config = new VirtualBoardConfig { Seed = seed, Rows = rows, Cols = cols };
        if (settings.Relaxation)
        {
            config.Device.EnableRelaxation = true;
            config.Device.RelaxationMeanShiftNsPerLn *= settings.RelaxationScale;
            config.Device.RelaxationSigmaNsPerLn *= settings.RelaxationScale;
        }
        var bench = new VirtualBench(config, SafetyLimits.SiOxDefaults());
        // The virtual board does not give its array the clock by itself (ReRamArray.AttachClock); without
        // it nothing relaxes. Attaching is harmless when relaxation is off (reads return the stored value).
        if (settings.Relaxation) bench.Board.Array.AttachClock(bench.Board.Clock);
        return bench;
    }

    /// <summary>Lets virtual time pass with the board idle (relaxation acts on it), ms.</summary>
    public void Rest(long durationMs) => Board.Clock.AdvanceNs(durationMs * 1_000_000);
}
