using System.Globalization;

namespace ReRamNav.Cli.Sweep;

/// <summary>
/// Does a Table-1 grid show the paper's trend? Accuracy rises with I_C (down every column) and with |V_STOP|
/// (along every row), and reaches 99 % only in the high-I_C, high-|V_STOP| corner (I_C >= 130 uA, V_STOP <= -1.4 V).
/// A step counts as rising when it does not fall by more than <see cref="ToleratedDropPct"/> (sampling noise).
/// </summary>
public static class Table1Trend
{
    /// <summary>Largest fall between neighbours, percentage points, that still counts as "not falling".</summary>
    public const double ToleratedDropPct = 1.0;

    public sealed record Verdict(bool RisesWithCompliance, bool RisesWithStopVoltage, bool HighOnlyInCorner, double SpreadPct);

    public static Verdict Judge(IReadOnlyList<Table1Sweep.Cell> cells)
    {
        int[] ics = Table1Reference.ComplianceUa, vs = Table1Reference.StopMv;
        double At(int i, int v) => cells.Single(c => c.ComplianceUa == ics[i] && c.StopMv == vs[v]).AccuracyPct;
        bool withIc = true, withV = true, corner = true;
        for (int i = 0; i < ics.Length; i++)
            for (int v = 0; v < vs.Length; v++)
            {
                if (i > 0 && At(i, v) < At(i - 1, v) - ToleratedDropPct) withIc = false;
                if (v > 0 && At(i, v) < At(i, v - 1) - ToleratedDropPct) withV = false;
                bool inCorner = ics[i] >= 130 && vs[v] <= -1400;
                if (!inCorner && At(i, v) >= 99.0) corner = false;
                if (inCorner && At(i, v) < 99.0) corner = false;
            }
        double spread = cells.Max(c => c.AccuracyPct) - cells.Min(c => c.AccuracyPct);
        // "Rises" also needs a measurable rise: the mean gain from the first to the last row (column)
        // must exceed the tolerance, else a flat grid would count as rising in both directions.
        double gainIc = Enumerable.Range(0, vs.Length).Average(v => At(ics.Length - 1, v) - At(0, v));
        double gainV = Enumerable.Range(0, ics.Length).Average(i => At(i, vs.Length - 1) - At(i, 0));
        return new Verdict(withIc && gainIc > ToleratedDropPct, withV && gainV > ToleratedDropPct, corner, spread);
    }

    public static IEnumerable<string> Describe(IReadOnlyList<Table1Sweep.Cell> cells)
    {
        var c = CultureInfo.InvariantCulture;
        var v = Judge(cells);
        yield return $"trend: rises with I_C: {(v.RisesWithCompliance ? "yes" : "no")}; rises with |V_STOP|: {(v.RisesWithStopVoltage ? "yes" : "no")}; >= 99 % only in the corner (I_C >= 130 uA, V_STOP <= -1.4 V): {(v.HighOnlyInCorner ? "yes" : "no")}; spread {v.SpreadPct.ToString("0.0", c)} points (paper 29.9)";
        if (v.SpreadPct < 5)
            yield return "the agent is nearly insensitive to the synapse window on this device: see docs/device-model.md §7 for why";
    }
}
