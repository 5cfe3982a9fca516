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
        if (config.Device.EnableRelaxation) Board.Array.AttachClock(Board.Clock);
        if (preset.Faults != null) Board.Array.ApplyFaults(preset.Faults, config.Cols);
        Driver = new ReRamBoard(Board, Board.Ready, Board.Clock, configLimits);
        Driver.Connect();
    }

    /// <summary>A rows x cols board with the paper's SiOx device model (the virtual board's default).</summary>
    public static VirtualBench Create(uint seed, int rows = 30, int cols = 30) => Create(seed, rows, cols, null, null);

    /// <summary>A rows x cols board with the device preset (null: "paper"), its faults applied and, when it relaxes, its clock attached.</summary>
    public static VirtualBench Create(uint seed, int rows, int cols, DevicePreset? preset) => Create(seed, rows, cols, preset, null);

    /// <summary>The paper preset with the relaxation of <paramref name="settings"/> (ablations).</summary>
    public static VirtualBench Create(uint seed, int rows, int cols, BenchSettings settings) => Create(seed, rows, cols, null, settings);

    /// <summary>A board with the device preset (null: "paper"), relaxation switched on and scaled as
    /// <paramref name="settings"/> says (null: as the preset has it).</summary>
    public static VirtualBench Create(uint seed, int rows, int cols, DevicePreset? preset, BenchSettings? settings)
    {
        preset ??= DevicePreset.ByName(DevicePreset.PaperName);
        var config = new VirtualBoardConfig { Seed = seed, Rows = rows, Cols = cols, Device = preset.Device };
        if (settings != null && settings.Relaxation)
        {
            config.Device.EnableRelaxation = true;
            config.Device.RelaxationMeanShiftNsPerLn *= settings.RelaxationScale;
            config.Device.RelaxationSigmaNsPerLn *= settings.RelaxationScale;
        }
        return new VirtualBench(config, SafetyLimits.SiOxDefaults(), preset);
    }

    /// <summary>Lets virtual time pass with the board idle (relaxation acts on it), ms.</summary>
    public void Rest(long durationMs) => Board.Clock.AdvanceNs(durationMs * 1_000_000);
}
