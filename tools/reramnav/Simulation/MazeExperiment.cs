using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Cli.Simulation;

/// <summary>The paper's dynamic-maze experiment (A -> B -> A) on a virtual bench; collects the trial records.</summary>
public sealed class MazeExperiment : ITrialObserver
{
    public List<TrialRecord> Records { get; } = new();
    public Action<TrialRecord>? OnTrialRecorded { get; set; }

    public static List<TrialRecord> Run(GridMaze mazeA, GridMaze mazeB, int startRow, int startCol, int trialsPerBlock,
        int maxSteps, uint seed, AgentParameters? parameters = null, Action<TrialRecord>? onTrial = null, DevicePreset? device = null,
        IOperationLog? operationLog = null, BenchSettings? benchSettings = null)
    {
        var settings = benchSettings ?? BenchSettings.Paper;
        var bench = VirtualBench.Create(seed, mazeA.Rows, mazeA.Cols, device, benchSettings);
        bench.Driver.OperationLog = operationLog;
        var agent = new PlaceCellAgent(bench.Driver, parameters ?? AgentParameters.PaperDefaults());
        agent.InitialiseNetwork(seed * 7919u + 17u);
        var experiment = new MazeExperiment { OnTrialRecorded = onTrial };
        if (settings.RestBetweenTrialsMs > 0) experiment.OnTrialRecorded += _ => bench.Rest(settings.RestBetweenTrialsMs);
        var runner = new ExperimentRunner(bench.Driver, agent, experiment) { MaxStepsPerTrial = maxSteps };
        runner.Run(new[]
        {
            new ExperimentBlock(mazeA, trialsPerBlock, startRow, startCol),
            new ExperimentBlock(mazeB, trialsPerBlock, startRow, startCol),
            new ExperimentBlock(mazeA, trialsPerBlock, startRow, startCol),
        });
        return experiment.Records;
    }

    public void OnTrial(TrialRecord record)
    {
        Records.Add(record);
        OnTrialRecorded?.Invoke(record);
    }
}
