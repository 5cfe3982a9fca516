namespace ReRamNav.Cli.DeviceModel;

/// <summary>
/// Paper numbers the `reramnav model` plots compare against that are not already the device model's own
/// calibration tables (those are in <c>DeviceModelParameters.PaperSiOx1T1R</c> and
/// <c>DeviceCalibrationReport</c>). Source: S. Bianchi et al., Nat. Commun. 14:1565 (2023), Source Data
/// <c>Figures_Nature_Communications_Figure_1_review.xls</c> (authors' repository, commit 087a777d).
/// Written here as reference constants; nothing reads data files at run time.
/// </summary>
public static class ModelReference
{
    /// <summary>Fig. 1c, 275 cycles: LRS quantiles p10, p50, p90 and min, max, Ω (the 11 x 25 Fig. 1d cycles end to end).</summary>
    public static readonly double[] C2cLrsOhm = { 5950, 7026, 10948, 5656, 14097 };

    /// <summary>Fig. 1c, 275 cycles: HRS quantiles p10, p50, p90 and min, max, Ω. These match none of the Fig. 1g stop voltages
    /// (median 458 kOhm vs 374 kOhm mean at -1.6 V), so the model is not calibrated on them (docs/device-model.md §2).</summary>
    public static readonly double[] C2cHrsOhm = { 246427, 457837, 709541, 89902, 1036234 };

    /// <summary>Quantile labels of <see cref="C2cLrsOhm"/> and <see cref="C2cHrsOhm"/>.</summary>
    public static readonly string[] C2cQuantiles = { "p10", "p50", "p90", "min", "max" };

    /// <summary>Fig. 1b, averaged curve 1 (I at +2.5 V 165.8 uA: the 170 uA set-point), every 125 mV (SET) and 80 mV (RESET):
    /// segment (0 SET up, 1 SET down, 2 RESET down to -1.6 V, 3 RESET up), voltage mV, current magnitude nA.</summary>
    public static readonly int[] IvCurve1Segment = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 };
    public static readonly int[] IvCurve1VoltageMv = { 0, 125, 250, 375, 500, 625, 750, 875, 1000, 1125, 1250, 1375, 1500, 1625, 1750, 1875, 2000, 2125, 2250, 2375, 2500, 2500, 2375, 2250, 2125, 2000, 1875, 1750, 1625, 1500, 1375, 1250, 1125, 1000, 875, 750, 625, 500, 375, 250, 125, 0, 0, -80, -160, -240, -320, -400, -480, -560, -640, -720, -800, -880, -960, -1040, -1120, -1200, -1280, -1360, -1440, -1520, -1600, -1600, -1520, -1440, -1360, -1280, -1200, -1120, -1040, -960, -880, -800, -720, -640, -560, -480, -400, -320, -240, -160, -80, 0 };
    public static readonly int[] IvCurve1CurrentNa = { 1, 585, 1305, 2131, 2949, 11526, 13553, 9645, 53479, 102496, 111166, 145465, 151457, 155495, 158483, 160575, 162106, 163273, 164275, 165099, 165821, 165832, 165117, 164308, 163353, 162197, 160748, 158807, 156193, 152563, 147610, 141095, 132801, 122900, 111194, 98009, 83593, 68036, 51775, 34844, 17539, 21, 0, 13914, 27785, 41685, 55547, 69398, 83342, 97096, 110584, 123830, 136953, 149127, 157605, 59578, 28298, 31717, 32371, 35480, 33400, 28599, 30196, 31686, 21991, 18245, 15499, 13212, 10845, 9256, 7778, 6415, 5473, 4509, 3669, 3002, 2342, 1826, 1398, 1003, 677, 408, 190, 0 };

    /// <summary>The compliance and stop voltage of <see cref="IvCurve1CurrentNa"/>: 170 uA set-point, -1.6 V.</summary>
    public const int IvCurve1ComplianceUa = 170, IvCurve1StopMv = -1600;
}
