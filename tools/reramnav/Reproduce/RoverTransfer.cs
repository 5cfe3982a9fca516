using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Experiment;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// Fig. 5g, "before" vs "after transfer learning". The paper does not define the transfer (paper notes
/// §8); ours: the rover learns the mission from scratch, then a new rover (fresh MCU state: adaptation,
/// exploration counter, remembered paths) runs the same mission on the array the first one left, with
/// nothing re-initialised or re-primed. The difference is what the ReRAM array alone carries over.
/// </summary>
public static class RoverTransfer
{
    public static (List<TrialRecord> Scratch, List<TrialRecord> Transfer) Run(TerrainMission mission, RoverSettings settings, uint seed, AgentParameters parameters)
    {
        var (bench, first) = MarsExperiment.Prepare(mission, settings, seed, parameters);
        var scratch = MarsExperiment.Continue(bench, first, mission, settings);
        var second = new PlaceCellAgent(bench.Driver, parameters);
        var transfer = MarsExperiment.Continue(bench, second, mission, settings);
        return (scratch, transfer);
    }
}
