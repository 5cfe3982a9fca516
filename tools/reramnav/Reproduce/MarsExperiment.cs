using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Experiment;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Cli.Reproduce;

/// <summary>Settings of the rover experiment (Fig. 5d) beyond the agent's own parameters.</summary>
public sealed record RoverSettings(int Trials, int MaxSteps, bool GoalBearing, int MaxCostComplianceUa)
{
    /// <summary>Paper: 95 trials; our cap 1000 fires (the paper's trial-5 mean is 498 +- 70).</summary>
    public static RoverSettings Default => new(95, 1000, true, 86);
}

/// <summary>
/// The paper's Mars rover (Fig. 5): the unchanged place-cell agent on a board of map-size places,
/// thresholds primed from the cost map (and optionally the goal bearing in the synapses), one block of
/// trials from the same start to the same goal.
/// </summary>
public sealed class MarsExperiment : ITrialObserver
{
    public List<TrialRecord> Records { get; } = new();

    /// <summary>Explore-then-commit trials of the rover: the shortest rewarded path among them becomes the trail.</summary>
    public const int RoverExplorationTrials = 20;

    /// <summary>
    /// Rover agent parameters: the maze defaults (docs/algorithm.md), except a trail as long as the
    /// rewarded path (the maze's 50 covers a third of a 97-move crossing), room for the step cap, and
    /// <see cref="RoverExplorationTrials"/> explore-then-commit trials (AgentParameters.ExplorationTrials).
    /// </summary>
    public static AgentParameters RoverParameters(int maxSteps)
    {
        var p = AgentParameters.PaperDefaults();
        p.MaxPathLength = Math.Max(p.MaxPathLength, maxSteps + 1);
        p.TrailLength = p.MaxPathLength;
        p.ExplorationTrials = RoverExplorationTrials;
        return p;
    }

    public static List<TrialRecord> Run(TerrainMission mission, RoverSettings settings, uint seed, AgentParameters parameters)
    {
        var (bench, agent) = Prepare(mission, settings, seed, parameters);
        return Continue(bench, agent, mission, settings);
    }

    /// <summary>A fresh board of map size and a fresh agent: network initialised, cost thresholds (and the goal bearing) programmed.</summary>
    public static (VirtualBench Bench, PlaceCellAgent Agent) Prepare(TerrainMission mission, RoverSettings settings, uint seed, AgentParameters parameters)
    {
        var bench = VirtualBench.Create(seed, mission.Map.Rows, mission.Map.Cols);
        var agent = new PlaceCellAgent(bench.Driver, parameters);
        agent.InitialiseNetwork(seed * 7919u + 17u);
        TerrainPriming.ProgramCostThresholds(bench.Driver, parameters, mission, settings.MaxCostComplianceUa);
        if (settings.GoalBearing) TerrainPriming.ProgramGoalBearing(bench.Driver, parameters, mission);
        return (bench, agent);
    }

    /// <summary>Runs settings.Trials trials of the mission with this agent on this board (whatever the array has learned so far stays).</summary>
    public static List<TrialRecord> Continue(VirtualBench bench, PlaceCellAgent agent, TerrainMission mission, RoverSettings settings, Action<TrialRecord>? onTrial = null)
    {
        var experiment = new MarsExperiment { OnTrialRecorded = onTrial };
        var runner = new ExperimentRunner(bench.Driver, agent, experiment) { MaxStepsPerTrial = settings.MaxSteps };
        runner.Run(new[] { new ExperimentBlock(mission.Maze, settings.Trials, mission.StartRow, mission.StartCol) });
        return experiment.Records;
    }

    public Action<TrialRecord>? OnTrialRecorded { get; set; }

    public void OnTrial(TrialRecord record)
    {
        Records.Add(record);
        OnTrialRecorded?.Invoke(record);
    }
}
