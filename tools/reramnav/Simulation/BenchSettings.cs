namespace ReRamNav.Cli.Simulation;

/// <summary>
/// How the virtual bench differs from the paper preset for one run: the device model's relaxation
/// (conductance drift after programming, hal-mock/Model/DeviceModelParameters.cs) and an idle rest
/// between trials so that relaxation has time to act. Everything else is the paper's SiOx 1T1R preset.
/// </summary>
/// <param name="Relaxation">Switch the device model's relaxation on (off in the paper preset).</param>
/// <param name="RelaxationScale">Multiplies the calibrated relaxation law (-89 nS and 42 nS sigma per unit of
/// ln(1 + t / 1 s), aihwkit CMO/HfOx fit); 1 = the calibrated device, larger = a hypothetical leakier device.</param>
/// <param name="RestBetweenTrialsMs">Virtual time the board idles after every trial, ms (the rover or the maze
/// being reset); without relaxation it changes nothing.</param>
public sealed record BenchSettings(bool Relaxation, int RelaxationScale, long RestBetweenTrialsMs)
{
    /// <summary>The paper preset, no rest: what every experiment uses unless it asks otherwise.</summary>
    public static readonly BenchSettings Paper = new(false, 1, 0);
}
