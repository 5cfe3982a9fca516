using ScottPlot;

namespace ReRamNav.Cli.DeviceModel;

/// <summary>The PNGs of `reramnav model`: the model (blue) against the paper (red), as in Bianchi 2023 Fig. 1.</summary>
public static class ModelPlots
{
    /// <summary>Mean +- sigma per point, model vs paper; x slightly offset so the error bars do not hide each other.</summary>
    public static void MeanSigma(string path, string title, string xLabel, string yLabel, double[] x, double[] modelMean, double[] modelSigma,
        double[] paperMean, double[] paperSigma, string modelLabel, string paperLabel, double offset)
    {
        var plot = new Plot();
        var model = plot.Add.Scatter(x.Select(v => v - offset).ToArray(), modelMean);
        model.LegendText = modelLabel;
        model.Color = Colors.Blue;
        model.MarkerSize = 7;
        var modelErr = plot.Add.ErrorBar(x.Select(v => v - offset).ToArray(), modelMean, modelSigma);
        modelErr.Color = Colors.Blue;
        var paper = plot.Add.Scatter(x.Select(v => v + offset).ToArray(), paperMean);
        paper.LegendText = paperLabel;
        paper.Color = Colors.Red;
        paper.LineStyle.Pattern = LinePattern.Dashed;
        paper.MarkerShape = MarkerShape.OpenSquare;
        paper.MarkerSize = 8;
        var paperErr = plot.Add.ErrorBar(x.Select(v => v + offset).ToArray(), paperMean, paperSigma);
        paperErr.Color = Colors.Red;
        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 560);
    }

    /// <summary>Cumulative distributions of LRS and HRS over cycles (log10 R), with the paper's quantiles as markers.</summary>
    public static void CycleToCycle(string path, string title, double[] lrsOhm, double[] hrsOhm, double[] paperLrs, double[] paperHrs)
    {
        var plot = new Plot();
        AddCdf(plot, lrsOhm, "model LRS", Colors.Blue);
        AddCdf(plot, hrsOhm, "model HRS", Colors.DarkOrange);
        // Paper quantiles p10, p50, p90 as markers at their probability.
        double[] probabilities = { 0.1, 0.5, 0.9 };
        var pl = plot.Add.ScatterPoints(paperLrs.Take(3).Select(Math.Log10).ToArray(), probabilities);
        pl.LegendText = "paper Fig. 1c LRS p10/p50/p90 (275 cycles)";
        pl.Color = Colors.Red;
        pl.MarkerShape = MarkerShape.FilledSquare;
        pl.MarkerSize = 9;
        var ph = plot.Add.ScatterPoints(paperHrs.Take(3).Select(Math.Log10).ToArray(), probabilities);
        ph.LegendText = "paper Fig. 1c HRS p10/p50/p90 (not calibrated on)";
        ph.Color = Colors.DarkRed;
        ph.MarkerShape = MarkerShape.OpenDiamond;
        ph.MarkerSize = 10;
        plot.Title(title);
        plot.XLabel("log10 resistance (Ohm)");
        plot.YLabel("cumulative probability");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 900, 560);
    }

    private static void AddCdf(Plot plot, double[] values, string label, Color color)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        var xs = sorted.Select(Math.Log10).ToArray();
        var ys = Enumerable.Range(1, sorted.Length).Select(i => i / (double)sorted.Length).ToArray();
        var s = plot.Add.Scatter(xs, ys);
        s.LegendText = label;
        s.Color = color;
        s.MarkerSize = 0;
        s.LineWidth = 2;
    }

    /// <summary>|I| (log10 A) vs V for the model sweep and the paper's curve.</summary>
    public static void Iv(string path, string title, double[] modelV, double[] modelI, double[] paperV, double[] paperI)
    {
        var plot = new Plot();
        var m = plot.Add.Scatter(modelV, modelI.Select(i => Math.Log10(Math.Max(i, 1e-10))).ToArray());
        m.LegendText = "model (mean device)";
        m.Color = Colors.Blue;
        m.MarkerSize = 0;
        m.LineWidth = 2;
        var p = plot.Add.ScatterPoints(paperV, paperI.Select(i => Math.Log10(Math.Max(i, 1e-10))).ToArray());
        p.LegendText = "paper Fig. 1b, curve 1 (170 uA set-point)";
        p.Color = Colors.Red;
        p.MarkerSize = 6;
        plot.Axes.SetLimitsY(-8, -3);
        plot.Title(title);
        plot.XLabel("voltage (V)");
        plot.YLabel("log10 |current| (A)");
        plot.ShowLegend(Alignment.LowerRight);
        plot.SavePng(path, 900, 560);
    }

    /// <summary>Conductance vs log10 time after programming: mean +- sigma over devices and the mean law.</summary>
    public static void Relaxation(string path, string title, double[] timeS, double[] meanUs, double[] sigmaUs, double[] lawUs, string lawLabel)
    {
        var plot = new Plot();
        double[] lx = timeS.Select(Math.Log10).ToArray();
        var m = plot.Add.Scatter(lx, meanUs);
        m.LegendText = "model: mean over devices (+- sigma between devices)";
        m.Color = Colors.Blue;
        var e = plot.Add.ErrorBar(lx, meanUs, sigmaUs);
        e.Color = Colors.Blue;
        var law = plot.Add.Scatter(lx, lawUs);
        law.LegendText = lawLabel;
        law.Color = Colors.Red;
        law.LinePattern = LinePattern.Dashed;
        law.MarkerSize = 0;
        plot.Title(title);
        plot.XLabel("log10 time after programming (s)");
        plot.YLabel("conductance change since programming (uS)");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 900, 560);
    }
}
