using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

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

    private VirtualBench(VirtualBoardConfig config, SafetyLimits configLimits, DevicePreset preset)
    {
        Board = new VirtualBoard(config);
        // Relaxation needs the board's time; the preset's array faults are applied before the driver
        // connects, as a chip comes out of the fab with its dead cells.
        if (preset.NeedsClock) Board.Array.AttachClock(Board.Clock);
        if (preset.Faults != null) Board.Array.ApplyFaults(preset.Faults, config.Cols);
        Driver = new ReRamBoard(Board, Board.Ready, Board.Clock, configLimits);
        Driver.Connect();
    }

    /// <summary>A rows x cols board with the paper's SiOx device model (the virtual board's default).</summary>
    public static VirtualBench Create(uint seed, int rows = 30, int cols = 30) => Create(seed, rows, cols, null);

    /// <summary>A rows x cols board with the device preset (null: "paper"), its faults applied and, when it relaxes, its clock attached.</summary>
    public static VirtualBench Create(uint seed, int rows, int cols, DevicePreset? preset)
    {
        preset ??= DevicePreset.ByName(DevicePreset.PaperName);
        var config = new VirtualBoardConfig { Seed = seed, Rows = rows, Cols = cols, Device = preset.Device };
        return new VirtualBench(config, SafetyLimits.SiOxDefaults(), preset);
    }
}
