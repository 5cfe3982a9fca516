using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// Fig. 5b: the rover's path in chosen trials of one seed, as (row, col) places, start included. Read
/// from the agent's own path memory when each trial ends (before the next trial clears it).
/// </summary>
public static class RoverTrajectories
{
    /// <summary>The paper's Fig. 5b trials (30, 35, 42, 50, 56, 70, 77, 85), with the first and last trial, within the run.</summary>
    public static int[] TrialsToDraw(int trials) =>
        new[] { 1, 30, 42, 56, 70, 85, trials }.Where(t => t >= 1 && t <= trials).Distinct().OrderBy(t => t).ToArray();

    public static Dictionary<int, (int Row, int Col)[]> Run(TerrainMission mission, RoverSettings settings, uint seed, AgentParameters parameters, int[] trials)
    {
        var (bench, agent) = MarsExperiment.Prepare(mission, settings, seed, parameters);
        var paths = new Dictionary<int, (int, int)[]>();
        int cols = mission.Map.Cols;
        MarsExperiment.Continue(bench, agent, mission, settings, record =>
        {
            if (!trials.Contains(record.Trial)) return;
            var path = new (int, int)[agent.PathLength];
            for (int i = 0; i < path.Length; i++) path[i] = (agent.PathAt(i) / cols, agent.PathAt(i) % cols);
            paths[record.Trial] = path;
        });
        return paths;
    }
}
