using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// Model against paper, point by point: simulates <c>cyclesPerPoint</c> SETs at each compliance current and
    /// RESETs at each stop voltage of Bianchi 2023 Fig. 1e/1f/1g, and prints the model's mean, σ, median,
    /// 10th and 90th percentile of the resistance next to the paper's. Portable (the CLI and, in principle,
    /// the MCU can run it); allocates its buffers once per run. docs/device-model.md holds its output.
    /// </summary>
    /// <remarks>
    /// Paper reference values (all Ω), from S. Bianchi et al., Nat. Commun. 14, 1565 (2023), Source Data
    /// <c>Figures_Nature_Communications_Figure_1_review.xls</c>: mean and σ (sample, n − 1) from sheets
    /// Figure_1_e/Figure_1_f (LRS, 25 cycles per I_C) and Figure_1_g (HRS, 10 cycles per V_STOP); medians
    /// computed from the individual cycles of sheets Figure_1_d (LRS) and Figure_1_g (HRS). The means and σ
    /// are also the model's own calibration tables (<see cref="DeviceModelParameters.PaperSiOx1T1R"/>); the
    /// medians are not fitted, so they are an independent check of the distribution's shape.
    /// </remarks>
    public sealed class DeviceCalibrationReport
    {
        /// <summary>Medians of the 25 Fig. 1d LRS cycles per compliance current of <see cref="DeviceModelParameters.LrsComplianceUa"/>, Ω.</summary>
        public static readonly int[] PaperLrsMedianOhm = { 12046, 10785, 9762, 8321, 7554, 7019, 6888, 6528, 6154, 6039, 5738 };

        /// <summary>Medians of the 10 Fig. 1g HRS cycles per stop voltage of <see cref="DeviceModelParameters.HrsStopVoltageMv"/>, Ω.</summary>
        public static readonly int[] PaperHrsMedianOhm = { 69334, 89554, 156048, 140287, 173067, 192020, 183399, 220938, 197965, 204086, 295390, 332935, 365109 };

        /// <summary>Cycles per point in the paper: 25 (LRS, Fig. 1d) and 10 (HRS, Fig. 1g).</summary>
        public const int PaperLrsCycles = 25;
        public const int PaperHrsCycles = 10;

        private readonly DeviceModelParameters _paper = DeviceModelParameters.PaperSiOx1T1R();

        /// <summary>Model statistics per LRS point (resistance, Ω), filled by <see cref="Run"/>.</summary>
        public SampleStatistics[] Lrs;

        /// <summary>Model statistics per HRS point (resistance, Ω), filled by <see cref="Run"/>.</summary>
        public SampleStatistics[] Hrs;

        public int CyclesPerPoint;

        /// <summary>
        /// Simulates <paramref name="cyclesPerPoint"/> SET and RESET outcomes per table point with
        /// <paramref name="parameters"/> and a generator seeded with <paramref name="seed"/>.
        /// </summary>
        public void Run(DeviceModelParameters parameters, ulong seed, int cyclesPerPoint)
        {
            if (parameters == null) throw new ArgumentNullException(nameof(parameters));
            if (cyclesPerPoint < 2) throw new ArgumentOutOfRangeException(nameof(cyclesPerPoint));
            CyclesPerPoint = cyclesPerPoint;
            SiOxDeviceModel model = new SiOxDeviceModel(parameters, new Prng(seed));
            int[] buffer = new int[cyclesPerPoint];
            int[] compliance = _paper.LrsComplianceUa;
            Lrs = new SampleStatistics[compliance.Length];
            for (int p = 0; p < compliance.Length; p++)
            {
                for (int i = 0; i < cyclesPerPoint; i++)
                {
                    buffer[i] = ToOhm(model.SetConductanceNs(compliance[p]));
                }

                Lrs[p] = new SampleStatistics();
                Lrs[p].Compute(buffer, cyclesPerPoint);
            }

            int[] stop = _paper.HrsStopVoltageMv;
            Hrs = new SampleStatistics[stop.Length];
            for (int p = 0; p < stop.Length; p++)
            {
                for (int i = 0; i < cyclesPerPoint; i++)
                {
                    buffer[i] = ToOhm(model.ResetConductanceNs(stop[p]));
                }

                Hrs[p] = new SampleStatistics();
                Hrs[p].Compute(buffer, cyclesPerPoint);
            }
        }

        /// <summary>The two tables as plain text (Markdown), kΩ with 2 or 1 decimals; call after <see cref="Run"/>.</summary>
        public string ToText()
        {
            if (Lrs == null) throw new InvalidOperationException("call Run first");
            string text = "LRS vs compliance current (model: " + CyclesPerPoint + " SETs per point; paper: 25 cycles, Bianchi 2023 Fig. 1d-f)\n"
                + "| I_C uA | paper mean kOhm | model mean | dev % | paper sigma kOhm | model sigma | dev % | paper median | model median | model p10 | model p90 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n";
            for (int p = 0; p < Lrs.Length; p++)
            {
                SampleStatistics s = Lrs[p];
                text += "| " + _paper.LrsComplianceUa[p]
                    + " | " + Kilo(_paper.LrsMeanOhm[p], 2) + " | " + Kilo(s.Mean, 2) + " | " + Deviation(s.Mean, _paper.LrsMeanOhm[p])
                    + " | " + Kilo(_paper.LrsSigmaOhm[p], 3) + " | " + Kilo(s.Sigma, 3) + " | " + Deviation(s.Sigma, _paper.LrsSigmaOhm[p])
                    + " | " + Kilo(PaperLrsMedianOhm[p], 2) + " | " + Kilo(s.Median, 2) + " | " + Kilo(s.P10, 2) + " | " + Kilo(s.P90, 2) + " |\n";
            }

            text += "\nHRS vs stop voltage (model: " + CyclesPerPoint + " RESETs per point; paper: 10 cycles, Bianchi 2023 Fig. 1g)\n"
                + "| V_STOP mV | paper mean kOhm | model mean | dev % | paper sigma kOhm | model sigma | dev % | paper median | model median | model p10 | model p90 |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n";
            for (int p = 0; p < Hrs.Length; p++)
            {
                SampleStatistics s = Hrs[p];
                text += "| " + _paper.HrsStopVoltageMv[p]
                    + " | " + Kilo(_paper.HrsMeanOhm[p], 1) + " | " + Kilo(s.Mean, 1) + " | " + Deviation(s.Mean, _paper.HrsMeanOhm[p])
                    + " | " + Kilo(_paper.HrsSigmaOhm[p], 1) + " | " + Kilo(s.Sigma, 1) + " | " + Deviation(s.Sigma, _paper.HrsSigmaOhm[p])
                    + " | " + Kilo(PaperHrsMedianOhm[p], 1) + " | " + Kilo(s.Median, 1) + " | " + Kilo(s.P10, 1) + " | " + Kilo(s.P90, 1) + " |\n";
            }

            return text;
        }

        private static int ToOhm(int conductanceNs)
        {
            if (conductanceNs <= 0)
            {
                return int.MaxValue;
            }

            return (int)((1000000000L + conductanceNs / 2) / conductanceNs);
        }

        /// <summary>Ω as kΩ with <paramref name="decimals"/> decimals, by integer arithmetic (no format strings on nanoFramework).</summary>
        private static string Kilo(float ohm, int decimals)
        {
            int scale = decimals == 1 ? 10 : decimals == 2 ? 100 : 1000;
            long scaled = (long)(ohm * scale / 1000f + (ohm >= 0f ? 0.5f : -0.5f));
            string sign = scaled < 0 ? "-" : "";
            if (scaled < 0) scaled = -scaled;
            string fraction = (scaled % scale).ToString();
            while (fraction.Length < decimals) fraction = "0" + fraction;
            return sign + (scaled / scale).ToString() + "." + fraction;
        }

        /// <summary>(model − paper)/paper in %, one decimal.</summary>
        private static string Deviation(float model, float paper)
        {
            if (paper == 0f) return "-";
            float percent = 100f * (model - paper) / paper;
            long tenths = (long)(percent * 10f + (percent >= 0f ? 0.5f : -0.5f));
            string sign = tenths < 0 ? "-" : "+";
            if (tenths < 0) tenths = -tenths;
            return sign + (tenths / 10).ToString() + "." + (tenths % 10).ToString();
        }
    }
}
