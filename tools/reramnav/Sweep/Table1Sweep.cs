using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Cli.Sweep;

/// <summary>
/// The Table-1 sweep: the default A -> B -> A experiment over seeds at every (I_C, V_STOP) of the paper's
/// Table 1, applied to the agent's binary (synapse) programming, scored with the accuracy of
/// docs/algorithm.md §5: the fraction of trials in the second half of every block that reach the goal
/// within the step cap, pooled over blocks and seeds.
/// </summary>
public static class Table1Sweep
{
    /// <summary>One grid point: what was run and how it scored.</summary>
    public sealed record Cell(int ComplianceUa, int StopMv, int Seeds, int TrialsScored, int TrialsReached, double MedianStepsScored, double PaperAccuracyPct)
    {
        /// <summary>Accuracy, %: trials reaching the goal within the cap / trials scored.</summary>
        public double AccuracyPct => TrialsScored == 0 ? 0 : 100.0 * TrialsReached / TrialsScored;
    }

    /// <summary>
    /// What "binary programming" covers (docs/device-model.md §7): every synapse SET (Hebbian potentiation
    /// and the reward trail's synapses) at I_C, every synapse RESET (the synapses that start in HRS, and
    /// depression when enabled) at V_STOP. The state devices (thresholds) are multi-level, not binary, and
    /// keep their own levels.
    /// </summary>
    public static void ApplyBinaryProgramming(AgentParameters p, int complianceUa, int stopMv)
    {
        p.SynapseComplianceUa = complianceUa;
        p.TrailComplianceUa = complianceUa;
        p.SynapseStopMv = stopMv;
    }

    /// <summary>Trials of a block that are scored: the second half (trial-in-block > trials / 2).</summary>
    public static bool IsScored(TrialRecord r, int trialsPerBlock) => r.TrialInBlock > trialsPerBlock / 2;

    /// <summary>Runs every grid point for every seed, in parallel over (point, seed) on the host.</summary>
    public static List<Cell> Run(GridMaze a, GridMaze b, int startRow, int startCol, int trialsPerBlock, int maxSteps,
        uint[] seeds, AgentParameters baseParameters, string deviceName)
    {
        int[] ics = Table1Reference.ComplianceUa, vs = Table1Reference.StopMv;
        int points = ics.Length * vs.Length;
        var runs = new List<TrialRecord>[points * seeds.Length];
        Parallel.For(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            int point = job / seeds.Length, seedIndex = job % seeds.Length;
            var p = AgentParameterCopy.Of(baseParameters);
            ApplyBinaryProgramming(p, ics[point / vs.Length], vs[point % vs.Length]);
            p.MaxPathLength = Math.Max(p.MaxPathLength, maxSteps + 1);
            // Each run gets its own preset object: presets are mutable and the runs are concurrent.
            var preset = DevicePreset.ByName(deviceName);
            runs[job] = MazeExperiment.Run(a, b, startRow, startCol, trialsPerBlock, maxSteps, seeds[seedIndex], p, device: preset);
        });

        var cells = new List<Cell>();
        for (int point = 0; point < points; point++)
        {
            var scored = Enumerable.Range(0, seeds.Length).SelectMany(s => runs[point * seeds.Length + s])
                .Where(r => IsScored(r, trialsPerBlock)).ToList();
            int row = point / vs.Length, col = point % vs.Length;
            double median = scored.Count == 0 ? 0 : Analysis.BlockSummary.Median(scored.Select(r => (double)r.Steps));
            cells.Add(new Cell(ics[row], vs[col], seeds.Length, scored.Count, scored.Count(r => r.ReachedGoal), median, Table1Reference.AccuracyPct[row][col]));
        }
        return cells;
    }
}
