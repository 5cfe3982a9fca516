using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Baselines;

/// <summary>Runs a baseline learner on the same block schedule as the place-cell agent and records trials the same way.</summary>
public static class BaselineExperiment
{
    public static List<TrialRecord> Run(IBaselineLearner learner, IReadOnlyList<ExperimentBlock> blocks, int maxSteps)
    {
        var records = new List<TrialRecord>();
        int trial = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            int optimal = ShortestPath.Moves(block.Maze, block.StartRow, block.StartCol);
            for (int t = 0; t < block.Trials; t++)
            {
                var (steps, reached, penalties) = learner.RunTrial(block.Maze, block.StartRow, block.StartCol, maxSteps);
                records.Add(new TrialRecord
                {
                    Trial = ++trial, Block = b + 1, TrialInBlock = t + 1, Layout = block.Maze.Name,
                    StartRow = block.StartRow, StartCol = block.StartCol, Steps = steps, OptimalSteps = optimal,
                    ReachedGoal = reached, Penalties = penalties,
                });
            }
        }
        return records;
    }

    /// <summary>The paper's dynamic maze schedule: A, B, A, each trialsPerBlock trials from the same start.</summary>
    public static ExperimentBlock[] Aba(GridMaze a, GridMaze b, int startRow, int startCol, int trialsPerBlock) => new[]
    {
        new ExperimentBlock(a, trialsPerBlock, startRow, startCol),
        new ExperimentBlock(b, trialsPerBlock, startRow, startCol),
        new ExperimentBlock(a, trialsPerBlock, startRow, startCol),
    };
}
