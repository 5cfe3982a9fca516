using ReRamNav.Firmware.Experiment;
using ScottPlot;

namespace ReRamNav.Cli.Output;

/// <summary>
/// The learning curve as a PNG: steps per trial (log scale would hide the convergence, so linear),
/// failed trials drawn at the step cap in red, 2x the shortest path per block as a dashed line, block
/// boundaries as vertical lines. With several seeds: the median over seeds per trial.
/// </summary>
public static class LearningCurvePlot
{
    public static void Save(string path, IReadOnlyList<(TrialRecord Record, uint Seed)> rows, string title)
    {
        var plot = new Plot();
        var byTrial = rows.GroupBy(x => x.Record.Trial).OrderBy(g => g.Key).ToList();
        double[] xs = byTrial.Select(g => (double)g.Key).ToArray();
        double[] medianSteps = byTrial.Select(g => Analysis.BlockSummary.Median(g.Select(x => (double)x.Record.Steps))).ToArray();
        var line = plot.Add.Scatter(xs, medianSteps);
        int seeds = rows.Select(x => x.Seed).Distinct().Count();
        line.LegendText = seeds > 1 ? $"steps per trial (median of {seeds} seeds)" : "steps per trial";
        line.MarkerSize = 3;

        var failed = rows.Where(x => !x.Record.ReachedGoal).ToList();
        if (failed.Count > 0)
        {
            var fail = plot.Add.ScatterPoints(failed.Select(x => (double)x.Record.Trial).ToArray(), failed.Select(x => (double)x.Record.Steps).ToArray());
            fail.Color = Colors.Red;
            fail.LegendText = "goal not reached (step cap)";
        }

        foreach (var block in rows.GroupBy(x => x.Record.Block).OrderBy(g => g.Key))
        {
            double first = block.Min(x => x.Record.Trial), last = block.Max(x => x.Record.Trial);
            double twiceShortest = 2.0 * block.First().Record.OptimalSteps;
            var target = plot.Add.Line(first, twiceShortest, last, twiceShortest);
            target.LinePattern = LinePattern.Dashed;
            target.Color = Colors.Green;
            if (block.Key == 1) target.LegendText = "2 x shortest path (convergence bound)";
            if (block.Key > 1)
            {
                var boundary = plot.Add.VerticalLine(first - 0.5);
                boundary.Color = Colors.Gray;
            }
            var label = plot.Add.Text($"block {block.Key}: {block.First().Record.Layout}", first, 0);
            label.LabelFontSize = 11;
        }

        plot.Title(title);
        plot.XLabel("trial");
        plot.YLabel("steps to goal");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 500);
    }
}
