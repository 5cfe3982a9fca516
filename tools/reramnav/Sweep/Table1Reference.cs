namespace ReRamNav.Cli.Sweep;

/// <summary>
/// The paper's Table 1, "dependence of the accuracy on the binary programming of the devices"
/// (Bianchi et al., Nat. Commun. 14:1565, 2023, Source Data Table_1.docx in the authors' repository at
/// commit 087a777d): accuracy in % for each SET compliance current (rows) and RESET stop voltage
/// (columns). Reference values for comparison only; the paper does not define "accuracy".
/// </summary>
public static class Table1Reference
{
    /// <summary>Rows of Table 1: SET compliance current I_C, µA.</summary>
    public static readonly int[] ComplianceUa = { 50, 70, 100, 130, 160 };

    /// <summary>Columns of Table 1: RESET stop voltage V_STOP, mV.</summary>
    public static readonly int[] StopMv = { -1000, -1200, -1400, -1600 };

    /// <summary>Accuracy, %, [row = I_C][column = V_STOP].</summary>
    public static readonly double[][] AccuracyPct =
    {
        new[] { 69.4, 89.8, 96.6, 98.1 },
        new[] { 73.1, 91.0, 97.0, 98.5 },
        new[] { 75.3, 92.4, 97.7, 98.7 },
        new[] { 77.7, 93.4, 99.0, 99.3 },
        new[] { 78.6, 94.9, 99.2, 99.3 },
    };
}
