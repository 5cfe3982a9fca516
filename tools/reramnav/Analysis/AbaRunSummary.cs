using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Analysis;

/// <summary>
/// The numbers one A -> B -> A experiment over several seeds is judged by (issue 5, Fig. 4b), computed
/// the same way for `reproduce`, its ablations and `sweep`: convergence per block (<see cref="SeedSweepSummary"/>),
/// the recall ratio, the converged path against the shortest path and how often the goal is reached.
/// </summary>
/// <param name="Blocks">Per block: median trial of convergence (never = trials + 1), seeds converged.</param>
/// <param name="MeanConvergedAtTrial">Per block: mean over seeds of the trial of convergence (never = trials + 1).</param>
/// <param name="RecallRatio">Median convergence of block 3 / of block 1 (paper 13 / 33 = 0.39); NaN without 3 blocks.</param>
/// <param name="PathRatio">Worst block of: median over seeds of (median steps of the block's last 20 trials / shortest path), as in Fig. 4b's claim.</param>
/// <param name="SuccessPct">Share of all trials, all seeds, that reach the goal within the cap, %.</param>
/// <param name="SuccessLast20Pct">Share of the last 20 trials of every block, all seeds, that reach the goal, %.</param>
public sealed record AbaRunSummary(IReadOnlyList<SeedSweepSummary> Blocks, IReadOnlyList<double> MeanConvergedAtTrial,
    double RecallRatio, double PathRatio, double SuccessPct, double SuccessLast20Pct)
{
    public static AbaRunSummary Of(IReadOnlyList<IReadOnlyList<TrialRecord>> runs)
    {
        var perSeed = runs.Select(r => (IReadOnlyList<BlockSummary>)BlockSummary.Of(r)).ToList();
        var blocks = SeedSweepSummary.Of(perSeed);
        var means = Enumerable.Range(0, blocks.Count)
            .Select(i => perSeed.Average(s => (double)(s[i].ConvergedAtTrial ?? s[i].Trials + 1))).ToList();
        double pathRatio = blocks.Count == 0 ? double.NaN : Enumerable.Range(0, blocks.Count)
            .Max(i => BlockSummary.Median(perSeed.Select(s => s[i].MedianStepsLastN / Math.Max(1, s[i].OptimalSteps))));
        int trials = runs.Sum(r => r.Count);
        double success = trials == 0 ? double.NaN : 100.0 * runs.Sum(r => r.Count(t => t.ReachedGoal)) / trials;
        int tailTrials = perSeed.Sum(s => s.Sum(b => b.LastN));
        double tail = tailTrials == 0 ? double.NaN : 100.0 * perSeed.Sum(s => s.Sum(b => b.SuccessRateLastN * b.LastN)) / tailTrials;
        return new AbaRunSummary(blocks, means, SeedSweepSummary.RecallRatio(blocks), pathRatio, success, tail);
    }

    /// <summary>"3.5 / 2 / 1": the median trial of convergence per block.</summary>
    public string MedianConvergence(IFormatProvider format) =>
        string.Join(" / ", Blocks.Select(b => b.MedianConvergedAtTrial.ToString("0.#", format)));

    /// <summary>"10/9/10": seeds that converged per block.</summary>
    public string SeedsConverged => string.Join("/", Blocks.Select(b => b.SeedsConverged));
}
