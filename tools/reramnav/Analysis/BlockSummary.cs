using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Analysis;

/// <summary>
/// How one block of trials went, with the paper's convergence criterion (docs/algorithm.md, "Metrics"):
/// a block has converged at trial t when every trial from t to the end of the block reaches the goal
/// within <see cref="ConvergenceFactor"/> x the shortest path. Trial numbers are 1-based within the block.
/// </summary>
public sealed record BlockSummary(
    int Block,
    string Layout,
    int Trials,
    int OptimalSteps,
    int? ConvergedAtTrial,
    double SuccessRateLastN,
    int LastN,
    double MedianStepsLastN,
    long Sets,
    long Resets,
    long SpiTransactions,
    long SpiBytes,
    long Steps,
    long EnergyPj,
    long IntegrationEnergyPjFirstTrial,
    long IntegrationEnergyPjLastTrial)
{
    /// <summary>A trial counts as converged when its path is at most this many times the shortest.</summary>
    public const int ConvergenceFactor = 2;

    /// <summary>Success rate and median steps are taken over the last this-many trials of a block (issue 2).</summary>
    public const int DefaultLastN = 20;

    public static bool IsGood(TrialRecord r) => r.ReachedGoal && r.Steps <= ConvergenceFactor * r.OptimalSteps;

    /// <summary>One summary per block, in block order.</summary>
    public static List<BlockSummary> Of(IReadOnlyList<TrialRecord> records, int lastN = DefaultLastN)
    {
        var result = new List<BlockSummary>();
        foreach (var group in records.GroupBy(r => r.Block).OrderBy(g => g.Key))
        {
            var trials = group.OrderBy(r => r.TrialInBlock).ToList();
            int? converged = null;
            for (int i = trials.Count - 1; i >= 0 && IsGood(trials[i]); i--)
            {
                converged = trials[i].TrialInBlock;
            }
            var tail = trials.Skip(Math.Max(0, trials.Count - lastN)).ToList();
            result.Add(new BlockSummary(
                group.Key,
                trials[0].Layout,
                trials.Count,
                trials[0].OptimalSteps,
                converged,
                tail.Count(r => r.ReachedGoal) / (double)tail.Count,
                tail.Count,
                Median(tail.Select(r => (double)r.Steps)),
                trials.Sum(r => r.Sets),
                trials.Sum(r => r.Resets),
                trials.Sum(r => r.SpiTransactions),
                trials.Sum(r => r.SpiBytes),
                trials.Sum(r => (long)r.Steps),
                trials.Sum(r => r.EnergyPj),
                trials[0].IntegrationEnergyPj,
                trials[^1].IntegrationEnergyPj));
        }
        return result;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return double.NaN;
        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
