using ScottPlot;

namespace ReRamNav.Cli.Reproduce;

/// <summary>The PNGs of `reramnav reproduce`, drawn like the paper's panels (mean +- std where the paper shows it).</summary>
public static class ReproducePlots
{
    public static void Energy(string path, double[] trials, double[] meanPj, double boundary1, double boundary2)
    {
        var plot = new Plot();
        var line = plot.Add.Scatter(trials, meanPj.Select(v => Math.Log10(Math.Max(v, 1e-3))).ToArray());
        line.LegendText = "integration energy per trial (mean over seeds)";
        line.MarkerSize = 3;
        foreach (double b in new[] { boundary1, boundary2 }) plot.Add.VerticalLine(b).Color = Colors.Gray;
        plot.Title("Fig. 4c: neuron integration energy per trial, layouts A -> B -> A");
        plot.XLabel("trial");
        plot.YLabel("log10 energy (pJ)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 450);
    }

    public static void Heatmap(string path, string title, int[] trials, int[] steps, double[,] accuracyPct)
    {
        var plot = new Plot();
        // Rows of the heatmap run top to bottom: put the largest step count at the top.
        int ny = steps.Length, nx = trials.Length;
        var data = new double[ny, nx];
        for (int y = 0; y < ny; y++) for (int x = 0; x < nx; x++) data[ny - 1 - y, x] = accuracyPct[y, x];
        var hm = plot.Add.Heatmap(data);
        hm.Colormap = new ScottPlot.Colormaps.Viridis();
        // Rectangle sets the outer edges of the cells (Extent would set the centres of the edge cells).
        hm.Rectangle = new CoordinateRect(trials[0] - 2.5, trials[^1] + 2.5, steps[0] - 25, steps[^1] + 25);
        for (int y = 0; y < ny; y++)
            for (int x = 0; x < nx; x++)
            {
                var t = plot.Add.Text(accuracyPct[y, x].ToString("0.#"), trials[x], steps[y]);
                t.LabelFontSize = 10;
                t.LabelAlignment = Alignment.MiddleCenter;
                t.LabelFontColor = accuracyPct[y, x] > 80 ? Colors.Black : Colors.White;
            }
        plot.Add.ColorBar(hm);
        plot.Title(title);
        plot.XLabel("trials per experiment");
        plot.YLabel("steps per trial (cap)");
        plot.SavePng(path, 800, 600);
    }

    public static void Elements(string path, long[] positions, IReadOnlyList<(string Name, long[] Values)> series)
    {
        var plot = new Plot();
        double[] xs = positions.Select(p => Math.Log10(p)).ToArray();
        foreach (var (name, values) in series)
        {
            var s = plot.Add.Scatter(xs, values.Select(v => Math.Log10(v)).ToArray());
            s.LegendText = name;
        }
        plot.Title("Fig. 4g: memory elements vs positions");
        plot.XLabel("log10 positions");
        plot.YLabel("log10 memory elements");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 550);
    }

    public static void Rover(string path, string title, double[] trials, double[] mean, double[] std, int shortest)
    {
        var plot = new Plot();
        var ours = plot.Add.Scatter(trials, mean);
        ours.LegendText = "ours: steps per trial (mean +- std over seeds)";
        ours.MarkerSize = 3;
        var err = plot.Add.ErrorBar(trials, mean, std);
        err.Color = ours.Color;
        double[] px = PaperReference.RoverTrials.Select(t => (double)t).ToArray();
        var paper = plot.Add.Scatter(px, PaperReference.RoverStepsMean);
        paper.LegendText = "paper Fig. 5d (mean +- std)";
        paper.Color = Colors.Red;
        var perr = plot.Add.ErrorBar(px, PaperReference.RoverStepsMean, PaperReference.RoverStepsStd);
        perr.Color = Colors.Red;
        FinishStepsPlot(plot, path, title, shortest, $"shortest path over passable cells ({shortest} moves)");
    }
    /// <summary>Grouped horizontal bars: one group per variant (top = first), one bar per block; a block that never converged reaches <paramref name="never"/>.</summary>
    public static void Ablations(string path, string title, string[] variants, double[][] convergedPerBlock, int never)
    {
        var plot = new Plot();
        Color[] colors = { Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen };
        string[] blockNames = { "block 1 (A)", "block 2 (B)", "block 3 (A again)" };
        int n = variants.Length;
        const double barHeight = 0.27;
        for (int b = 0; b < 3; b++)
        {
            var bars = new List<Bar>();
            for (int v = 0; v < n; v++)
            {
                if (b >= convergedPerBlock[v].Length) continue;
                double y = n - 1 - v + (1 - b) * barHeight;
                bars.Add(new Bar { Position = y, Value = convergedPerBlock[v][b], Size = barHeight * 0.95, FillColor = colors[b] });
            }
            var series = plot.Add.Bars(bars);
            series.Horizontal = true;
            series.LegendText = blockNames[b];
        }
        var never_ = plot.Add.VerticalLine(never);
        never_.LinePattern = LinePattern.Dashed;
        never_.Color = Colors.Gray;
        never_.LegendText = $"never converged ({never})";
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(v => (double)(n - 1 - v)).ToArray(), variants);
        plot.Axes.SetLimitsX(0, never * 1.05);
        plot.Title(title);
        plot.XLabel("median trial of convergence (lower is faster)");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 1000, 120 + 42 * n);
    }
    /// <summary>Fig. 5g: steps per trial from scratch and after transfer (mean +- std over seeds), with the paper's two curves.</summary>
    public static void Transfer(string path, string title, double[] trials, double[] scratchMean, double[] scratchStd, double[] transferMean, double[] transferStd,
        int shortest, int[] paperTrials, double[] paperBefore, double[] paperAfter)
    {
        var plot = new Plot();
        var a = plot.Add.Scatter(trials, scratchMean);
        a.LegendText = "ours: from scratch (mean +- std)";
        a.MarkerSize = 3;
        plot.Add.ErrorBar(trials, scratchMean, scratchStd).Color = a.Color;
        var b = plot.Add.Scatter(trials, transferMean);
        b.LegendText = "ours: on the learned array (mean +- std)";
        b.MarkerSize = 3;
        plot.Add.ErrorBar(trials, transferMean, transferStd).Color = b.Color;
        double[] px = paperTrials.Select(t => (double)t).ToArray();
        var pb = plot.Add.Scatter(px, paperBefore);
        pb.LegendText = "paper Fig. 5g: before transfer";
        pb.Color = Colors.Red;
        pb.LinePattern = LinePattern.Dotted;
        var pa = plot.Add.Scatter(px, paperAfter);
        pa.LegendText = "paper Fig. 5g: after transfer";
        pa.Color = Colors.DarkRed;
        FinishStepsPlot(plot, path, title, shortest, $"shortest path ({shortest} moves)");
    }

    /// <summary>The shortest-path line, labels, legend and a 1000 x 500 PNG of a steps-per-trial plot (Figs. 5d, 5g).</summary>
    private static void FinishStepsPlot(Plot plot, string path, string title, int shortest, string shortestLabel)
    {
        var best = plot.Add.HorizontalLine(shortest);
        best.LinePattern = LinePattern.Dashed;
        best.Color = Colors.Green;
        best.LegendText = shortestLabel;
        plot.Title(title);
        plot.XLabel("trial");
        plot.YLabel("steps to goal");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 500);
    }

    /// <summary>Fig. 5b: the rover's paths of chosen trials drawn over the elevation map (row 0 at the top, as the map file).</summary>
    public static void Trajectories(string path, string title, double[,] elevation, (int Row, int Col) start, (int Row, int Col) goal,
        IReadOnlyList<(int Trial, (int Row, int Col)[] Path)> paths)
    {
        int rows = elevation.GetLength(0), cols = elevation.GetLength(1);
        var plot = new Plot();
        var hm = plot.Add.Heatmap(elevation);
        hm.Colormap = new ScottPlot.Colormaps.Grayscale();
        hm.Rectangle = new CoordinateRect(-0.5, cols - 0.5, -0.5, rows - 0.5);
        plot.Add.ColorBar(hm).Label = "elevation";
        var palette = new ScottPlot.Palettes.Category10();
        for (int i = 0; i < paths.Count; i++)
        {
            var (trial, cells) = paths[i];
            var line = plot.Add.Scatter(cells.Select(c => (double)c.Col).ToArray(), cells.Select(c => (double)(rows - 1 - c.Row)).ToArray());
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.Color = palette.GetColor(i);
            line.LegendText = $"trial {trial}: {cells.Length - 1} moves";
        }
        var s = plot.Add.Marker(start.Col, rows - 1 - start.Row);
        s.Color = Colors.Lime;
        s.Size = 12;
        s.LegendText = "start";
        var g = plot.Add.Marker(goal.Col, rows - 1 - goal.Row, MarkerShape.FilledSquare);
        g.Color = Colors.Red;
        g.Size = 12;
        g.LegendText = "goal";
        plot.Axes.SetLimits(-0.5, cols - 0.5, -0.5, rows - 0.5);
        plot.Title(title);
        plot.XLabel("column");
        plot.YLabel("row (from the bottom)");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 900, 800);
    }
}
