using ReRamNav.Firmware.Experiment;
using ScottPlot;

namespace ReRamNav.Cli.Output;

/// <summary>
/// The learning curve as a PNG: steps per trial (log scale would hide the convergence, so linear),
/// 2x the shortest path per block as a dashed line, block boundaries as vertical lines. With several
/// seeds: the median over seeds per trial. Goal not reached: a red marker on the curve where no seed
/// reached the goal (there the median is the step cap); with several seeds also light red bars on the
/// right axis, the share of seeds that did not reach the goal in each trial, so a trial where some
/// seeds failed and the median is below the cap is not drawn at the cap.
/// </summary>
public static class LearningCurvePlot
{
    /// <summary>One trial of the curve: median steps over seeds and how many seeds reached the goal.</summary>
    public sealed record TrialPoint(int Trial, double MedianSteps, int Seeds, int NotReached)
    {
        public bool NoneReached => NotReached == Seeds;
        public double NotReachedPct => 100.0 * NotReached / Seeds;
    }

    public static List<TrialPoint> Points(IReadOnlyList<(TrialRecord Record, uint Seed)> rows) =>
        rows.GroupBy(x => x.Record.Trial).OrderBy(g => g.Key)
            .Select(g => new TrialPoint(g.Key, Analysis.BlockSummary.Median(g.Select(x => (double)x.Record.Steps)), g.Count(), g.Count(x => !x.Record.ReachedGoal)))
            .ToList();

    public static void Save(string path, IReadOnlyList<(TrialRecord Record, uint Seed)> rows, string title) =>
        Build(rows, title).SavePng(path, 1000, 500);

    /// <summary>The plot <see cref="Save"/> writes (tests look at its plottables).</summary>
    public static Plot Build(IReadOnlyList<(TrialRecord Record, uint Seed)> rows, string title)
    {
        var plot = new Plot();
        var points = Points(rows);
        int seeds = rows.Select(x => x.Seed).Distinct().Count();

        // Behind the curve: the share of seeds that missed the goal, on its own axis (only with several seeds).
        var missed = points.Where(p => p.NotReached > 0).ToList();
        if (seeds > 1 && missed.Count > 0)
        {
            var bars = plot.Add.Bars(missed.Select(p => (double)p.Trial).ToArray(), missed.Select(p => p.NotReachedPct).ToArray());
            foreach (var bar in bars.Bars)
            {
                bar.FillColor = Colors.Red.WithAlpha(0.25);
                bar.LineWidth = 0;
                bar.Size = 0.8;
            }
            bars.Axes.YAxis = plot.Axes.Right;
            bars.LegendText = "seeds that did not reach the goal (%, right axis)";
            plot.Axes.Right.Label.Text = "seeds not reaching the goal (%)";
        }

        var line = plot.Add.Scatter(points.Select(p => (double)p.Trial).ToArray(), points.Select(p => p.MedianSteps).ToArray());
        line.LegendText = seeds > 1 ? $"steps per trial (median of {seeds} seeds)" : "steps per trial";
        line.MarkerSize = 3;
        line.Color = plot.Add.Palette.GetColor(0); // the curve keeps the first colour, whether or not the bars came first

        var none = points.Where(p => p.NoneReached).ToList();
        if (none.Count > 0)
        {
            var fail = plot.Add.ScatterPoints(none.Select(p => (double)p.Trial).ToArray(), none.Select(p => p.MedianSteps).ToArray());
            fail.Color = Colors.Red;
            fail.LegendText = seeds > 1 ? "no seed reached the goal (step cap)" : "goal not reached (step cap)";
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

        // Fix the share axis at 0-100 % only once everything is added (setting limits earlier freezes the trial axis).
        plot.Axes.AutoScale();
        if (seeds > 1 && missed.Count > 0) plot.Axes.SetLimitsY(0, 100, plot.Axes.Right);
        plot.Title(title);
        plot.XLabel("trial");
        plot.YLabel("steps to goal");
        plot.ShowLegend(Alignment.UpperRight);
        return plot;
    }
}
