namespace ReRamNav.Cli.Analysis;

/// <summary>
/// Block results over several seeds: the median trial of convergence (a block that never converges
/// counts as trials + 1, so the median stays honest), how many seeds converged, and the recall ratio
/// (median convergence of the return to layout A / median of the first block; paper: 13 / 33 = 0.39).
/// </summary>
public sealed record SeedSweepSummary(int Block, string Layout, double MedianConvergedAtTrial, int SeedsConverged, int Seeds,
    double MedianSuccessRateLastN)
{
    public static List<SeedSweepSummary> Of(IReadOnlyList<IReadOnlyList<BlockSummary>> perSeed)
    {
        var result = new List<SeedSweepSummary>();
        if (perSeed.Count == 0) return result;
        for (int b = 0; b < perSeed[0].Count; b++)
        {
            var blocks = perSeed.Select(s => s[b]).ToList();
            result.Add(new SeedSweepSummary(
                blocks[0].Block,
                blocks[0].Layout,
                BlockSummary.Median(blocks.Select(x => (double)(x.ConvergedAtTrial ?? x.Trials + 1))),
                blocks.Count(x => x.ConvergedAtTrial != null),
                blocks.Count,
                BlockSummary.Median(blocks.Select(x => x.SuccessRateLastN))));
        }
        return result;
    }

    /// <summary>Median convergence of the last block / of the first (recall of layout A); NaN with fewer than 3 blocks.</summary>
    public static double RecallRatio(IReadOnlyList<SeedSweepSummary> blocks) =>
        blocks.Count >= 3 ? blocks[2].MedianConvergedAtTrial / blocks[0].MedianConvergedAtTrial : double.NaN;
}
