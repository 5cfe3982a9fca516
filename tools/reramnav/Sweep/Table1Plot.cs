using ScottPlot;

namespace ReRamNav.Cli.Sweep;

/// <summary>The heat map of the Table-1 sweep: our accuracy per (I_C, V_STOP), the paper's value under it.</summary>
public static class Table1Plot
{
    public static void Save(string path, string title, IReadOnlyList<Table1Sweep.Cell> cells)
    {
        int[] ics = Table1Reference.ComplianceUa, vs = Table1Reference.StopMv;
        // Heat-map rows run top to bottom: the highest I_C at the top, as the eye expects "up = more".
        var data = new double[ics.Length, vs.Length];
        foreach (var c in cells)
            data[ics.Length - 1 - Array.IndexOf(ics, c.ComplianceUa), Array.IndexOf(vs, c.StopMv)] = c.AccuracyPct;
        var plot = new Plot();
        var hm = plot.Add.Heatmap(data);
        hm.Colormap = new ScottPlot.Colormaps.Viridis();
        // Columns are |V_STOP| 1.0 .. 1.6 V left to right, rows I_C: plot on index axes with tick labels.
        // ScottPlot's heat-map extent names the centres of the edge cells, so cell k is centred on index k.
        hm.Extent = new CoordinateRect(0, vs.Length - 1, 0, ics.Length - 1);
        hm.ManualRange = new ScottPlot.Range(Math.Min(60, cells.Min(c => c.AccuracyPct)), 100);
        foreach (var c in cells)
        {
            int x = Array.IndexOf(vs, c.StopMv), y = Array.IndexOf(ics, c.ComplianceUa);
            var t = plot.Add.Text($"{c.AccuracyPct:0.0} %\n(paper {c.PaperAccuracyPct:0.0})", x, y);
            t.LabelFontSize = 13;
            t.LabelAlignment = Alignment.MiddleCenter;
            t.LabelFontColor = c.AccuracyPct > 85 ? Colors.Black : Colors.White;
        }
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, vs.Length).Select(i => (double)i).ToArray(), vs.Select(v => $"{v / 1000.0:0.0} V").ToArray());
        plot.Axes.Left.SetTicks(Enumerable.Range(0, ics.Length).Select(i => (double)i).ToArray(), ics.Select(i => $"{i} uA").ToArray());
        var bar = plot.Add.ColorBar(hm);
        bar.Label = "accuracy % (ours)";
        plot.Title(title);
        plot.XLabel("RESET stop voltage V_STOP (synapse HRS)");
        plot.YLabel("SET compliance I_C (synapse LRS)");
        plot.SavePng(path, 900, 620);
    }
}
