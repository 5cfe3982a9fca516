using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Model
{
    /// <summary>
    /// The device model against the paper's measured SiOx 1T1R statistics. The reference numbers are written
    /// here (the tests cannot read the shared data folder). Source of every number: S. Bianchi et al.,
    /// "A self-adaptive hardware with resistive switching synapses for experience-based neurocomputing",
    /// Nat. Commun. 14, 1565 (2023), Source Data Figures_Nature_Communications_Figure_1_review.xls:
    /// LRS mean / σ (n − 1) per I_C from sheets Figure_1_e / Figure_1_f (25 cycles each), LRS medians from the
    /// 25 cycles of sheet Figure_1_d; HRS mean / σ from sheet Figure_1_g (columns R_average / R_std, in Ω
    /// despite the kOhm label, 10 cycles each), HRS medians and σ of ln R from its 10 per-cycle columns;
    /// the pooled cycle-to-cycle LRS median from sheet Figure_1_c. Every test is seeded, 2000 cycles per point.
    /// </summary>
    [TestClass]
    public class DeviceCalibrationTests
    {
        private const int CyclesPerPoint = 2000;

        // --- Fig. 1d-f: LRS vs compliance current (set-point labels of Fig. 1e/1f) ---
        private static readonly int[] IccUa = { 50, 62, 74, 86, 98, 110, 122, 134, 146, 158, 170 };
        private static readonly double[] PaperLrsMeanOhm = { 12081.6, 10761.1, 9776.9, 8329.5, 7583.2, 7003.2, 6829.4, 6535.2, 6158.5, 6037.6, 5741.6 };
        private static readonly double[] PaperLrsSigmaOhm = { 1369.1, 596.7, 543.9, 270.1, 214.3, 163.6, 162.6, 134.1, 71.4, 66.2, 62.4 };
        private static readonly double[] PaperLrsMedianOhm = { 12046, 10785, 9762, 8321, 7554, 7019, 6888, 6528, 6154, 6039, 5738 };
        private const int PaperLrsCycles = 25;

        // --- Fig. 1g: HRS vs RESET stop voltage (the first point is stored as -0.9999 V) ---
        private static readonly int[] VstopMv = { -1000, -1050, -1100, -1144, -1200, -1248, -1300, -1339, -1400, -1442, -1500, -1545, -1600 };
        private static readonly double[] PaperHrsMeanOhm = { 111994.7, 108548.1, 163320.1, 176974.1, 175084.4, 193346.6, 192046.3, 216787.2, 206747.3, 229207.9, 282369.1, 319137.7, 373969.1 };
        private static readonly double[] PaperHrsSigmaOhm = { 89664.6, 38705.1, 49233.5, 105095.0, 54455.3, 64615.2, 57379.5, 90335.3, 49292.4, 70002.1, 60331.0, 58899.9, 108286.8 };
        private static readonly double[] PaperHrsMedianOhm = { 69334, 89554, 156048, 140287, 173067, 192020, 183399, 220938, 197965, 204086, 295390, 332935, 365109 };
        private static readonly double[] PaperHrsSigmaLn = { 0.732, 0.314, 0.296, 0.516, 0.366, 0.372, 0.308, 0.509, 0.243, 0.282, 0.220, 0.200, 0.282 };
        private const int PaperHrsCycles = 10;

        // --- Fig. 1c: the 275 "cycle-to-cycle" LRS values are the 11 x 25 Fig. 1d values pooled ---
        private const double PaperPooledLrsMedianOhm = 7026;
        private const double PaperPooledLrsMinOhm = 5656;
        private const double PaperPooledLrsMaxOhm = 14097;

        private static double[] Sample(Func<int> drawConductanceNs, int n)
        {
            var r = new double[n];
            for (int i = 0; i < n; i++) r[i] = 1e9 / drawConductanceNs();
            return r;
        }

        private static double Mean(double[] v) => v.Average();
        private static double Sigma(double[] v) { double m = v.Average(); return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1)); }
        private static double Median(double[] v) { var s = v.OrderBy(x => x).ToArray(); return s.Length % 2 == 1 ? s[s.Length / 2] : 0.5 * (s[s.Length / 2 - 1] + s[s.Length / 2]); }

        [TestMethod]
        public void Lrs_MeanSigmaAndMedian_MatchThePaper_AtEveryComplianceCurrent()
        {
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(101));
            for (int p = 0; p < IccUa.Length; p++)
            {
                double[] r = Sample(() => model.SetConductanceNs(IccUa[p]), CyclesPerPoint);
                string at = "LRS at " + IccUa[p] + " µA: ";
                // Issue #4 "done when": mean within 5 %, σ within 30 %.
                Assert.AreEqual(PaperLrsMeanOhm[p], Mean(r), 0.05 * PaperLrsMeanOhm[p], at + "mean");
                Assert.AreEqual(PaperLrsSigmaOhm[p], Sigma(r), 0.30 * PaperLrsSigmaOhm[p], at + "σ");
                // The median is not a fitted parameter: it must lie within 3 standard errors of the paper's
                // 25-cycle median (SE of a median ≈ 1.2533 σ/√n) and within 3 % of it.
                double medianTolerance = Math.Min(0.03 * PaperLrsMedianOhm[p], 3 * 1.2533 * PaperLrsSigmaOhm[p] / Math.Sqrt(PaperLrsCycles) + 0.005 * PaperLrsMedianOhm[p]);
                Assert.AreEqual(PaperLrsMedianOhm[p], Median(r), medianTolerance, at + "median");
            }
        }

        [TestMethod]
        public void Lrs_SpreadFallsAsComplianceRises_AsMeasured()
        {
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(102));
            double low = Sigma(Sample(() => model.SetConductanceNs(50), CyclesPerPoint)) / PaperLrsMeanOhm[0];
            double high = Sigma(Sample(() => model.SetConductanceNs(170), CyclesPerPoint)) / PaperLrsMeanOhm[10];
            // Paper: relative σ 11.3 % at 50 µA, 1.09 % at 170 µA.
            Assert.AreEqual(0.113, low, 0.015);
            Assert.AreEqual(0.0109, high, 0.0015);
        }

        [TestMethod]
        public void Hrs_MeanSigmaAndMedian_MatchThePaper_AtEveryStopVoltage()
        {
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(103));
            for (int p = 0; p < VstopMv.Length; p++)
            {
                double[] r = Sample(() => model.ResetConductanceNs(VstopMv[p]), CyclesPerPoint);
                string at = "HRS at " + VstopMv[p] + " mV: ";
                // Issue #4: mean within 15 % (the model reproduces even the non-monotonic points); σ within 30 %.
                Assert.AreEqual(PaperHrsMeanOhm[p], Mean(r), 0.15 * PaperHrsMeanOhm[p], at + "mean");
                Assert.AreEqual(PaperHrsSigmaOhm[p], Sigma(r), 0.30 * PaperHrsSigmaOhm[p], at + "σ");
                // Median (not fitted) within 3 standard errors of the paper's 10-cycle median, in ln R.
                double lnTolerance = 3 * 1.2533 * PaperHrsSigmaLn[p] / Math.Sqrt(PaperHrsCycles);
                Assert.AreEqual(Math.Log(PaperHrsMedianOhm[p]), Math.Log(Median(r)), lnTolerance, at + "median " + Median(r));
            }
        }

        [TestMethod]
        public void Hrs_IsLogNormal_WithThePapersSpreadInLnR()
        {
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(104));
            double modelMeanSigmaLn = 0, paperMeanSigmaLn = PaperHrsSigmaLn.Average();
            for (int p = 0; p < VstopMv.Length; p++)
            {
                double[] ln = Sample(() => model.ResetConductanceNs(VstopMv[p]), CyclesPerPoint).Select(x => Math.Log(x)).ToArray();
                modelMeanSigmaLn += Sigma(ln) / VstopMv.Length;
                // Log-normal: ln R is symmetric (|skewness| small), R itself is right-skewed.
                double m = ln.Average(), s = Sigma(ln);
                double skewLn = ln.Sum(x => Math.Pow((x - m) / s, 3)) / ln.Length;
                Assert.IsTrue(Math.Abs(skewLn) < 0.2, "skewness of ln R at " + VstopMv[p] + " mV: " + skewLn);
            }

            // Paper: mean over the 13 points of σ(ln R) = 0.342; pooled skewness of ln R 0.07.
            Assert.AreEqual(paperMeanSigmaLn, modelMeanSigmaLn, 0.15 * paperMeanSigmaLn);
        }

        [TestMethod]
        public void CycleToCycle_PooledLrs_MatchesFig1c()
        {
            // Fig. 1c's 275 LRS values are the 25 cycles at each of the 11 I_C laid end to end: cycle the same
            // way (equal cycles per I_C) and compare median and range.
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(105));
            var pooled = new List<double>();
            foreach (int icc in IccUa) pooled.AddRange(Sample(() => model.SetConductanceNs(icc), 500));
            var sorted = pooled.OrderBy(x => x).ToArray();
            Assert.AreEqual(PaperPooledLrsMedianOhm, Median(sorted), 0.03 * PaperPooledLrsMedianOhm);
            // The central 99 % of the model lies inside the measured range widened by 5 %.
            Assert.IsTrue(sorted[(int)(0.005 * sorted.Length)] > 0.95 * PaperPooledLrsMinOhm, "p0.5 " + sorted[(int)(0.005 * sorted.Length)]);
            Assert.IsTrue(sorted[(int)(0.995 * sorted.Length)] < 1.05 * PaperPooledLrsMaxOhm, "p99.5 " + sorted[(int)(0.995 * sorted.Length)]);
        }

        [TestMethod]
        public void CycleToCycle_SetResetCyclingOfOneDevice_KeepsTheWindowAndItsSpread()
        {
            // 2000 SET (110 µA) / RESET (-1.4 V) cycles of one device: independent draws around the table values,
            // no drift of the mean, and a window LRS/HRS of ~30x (7.0 kΩ vs 207 kΩ).
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(106));
            var lrs = new double[CyclesPerPoint];
            var hrs = new double[CyclesPerPoint];
            for (int i = 0; i < CyclesPerPoint; i++)
            {
                lrs[i] = 1e9 / model.SetConductanceNs(110);
                hrs[i] = 1e9 / model.ResetConductanceNs(-1400);
            }

            double firstHalf = lrs.Take(1000).Average(), secondHalf = lrs.Skip(1000).Average();
            Assert.AreEqual(firstHalf, secondHalf, 0.005 * firstHalf, "no drift of the LRS mean over cycles");
            int closed = 0;
            for (int i = 0; i < CyclesPerPoint; i++) if (hrs[i] < 5 * lrs[i]) closed++;
            Assert.AreEqual(0, closed, "every cycle keeps a window of at least 5x");
            Assert.AreEqual(206747.3 / 7003.2, Median(hrs) / Median(lrs), 0.15 * 206747.3 / 7003.2);
            // Lag-1 correlation of successive LRS values: cycle-to-cycle draws are independent.
            double m = lrs.Average(), num = 0, den = 0;
            for (int i = 0; i < lrs.Length; i++) { den += (lrs[i] - m) * (lrs[i] - m); if (i > 0) num += (lrs[i] - m) * (lrs[i - 1] - m); }
            Assert.IsTrue(Math.Abs(num / den) < 0.08, "lag-1 autocorrelation " + num / den);
        }

        [TestMethod]
        public void IdealPreset_IsExactlyDeterministic_AndConsumesNoRandomNumbers()
        {
            var prng = new Prng(7);
            prng.GetState(out uint a0, out uint a1, out uint a2, out uint a3);
            var model = new SiOxDeviceModel(DeviceModelParameters.Ideal(), prng);
            for (int p = 0; p < IccUa.Length; p++)
            {
                int expected = (int)Math.Round(1e9 / Math.Round(PaperLrsMeanOhm[p], MidpointRounding.AwayFromZero)); // the model stores the means rounded to 1 Ω
                for (int i = 0; i < 20; i++) Assert.AreEqual(expected, model.SetConductanceNs(IccUa[p]), 1);
            }

            for (int p = 0; p < VstopMv.Length; p++)
            {
                int g = model.ResetConductanceNs(VstopMv[p]);
                Assert.AreEqual(g, model.ResetConductanceNs(VstopMv[p]));
                Assert.AreEqual(1e9 / PaperHrsMeanOhm[p], g, 1.0);
                Assert.AreEqual(g, model.ReadConductanceNs(g));
            }

            Assert.AreEqual(SiOxDeviceModel.UnityDeviceFactorQ16, model.DeviceFactorQ16(123, 45));
            prng.GetState(out uint b0, out uint b1, out uint b2, out uint b3);
            Assert.IsTrue(a0 == b0 && a1 == b1 && a2 == b2 && a3 == b3, "no random number consumed");
        }

        [TestMethod]
        public void SameSeed_SameDraws_DifferentSeed_DifferentDraws()
        {
            int[] Draw(ulong seed)
            {
                var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(seed));
                var v = new int[200];
                for (int i = 0; i < 100; i++) { v[2 * i] = model.SetConductanceNs(50 + i); v[2 * i + 1] = model.ResetConductanceNs(-1000 - 6 * i); }
                return v;
            }

            CollectionAssert.AreEqual(Draw(9), Draw(9));
            CollectionAssert.AreNotEqual(Draw(9), Draw(10));
        }

        [TestMethod]
        public void CalibrationReport_PrintsModelAgainstPaper_ForEveryPoint()
        {
            var report = new DeviceCalibrationReport();
            report.Run(DeviceModelParameters.PaperSiOx1T1R(), 2023, CyclesPerPoint);
            string text = report.ToText();
            Console.WriteLine(text);
            Assert.AreEqual(IccUa.Length, report.Lrs.Length);
            Assert.AreEqual(VstopMv.Length, report.Hrs.Length);
            Assert.AreEqual(IccUa.Length + VstopMv.Length, text.Split('\n').Count(l => l.StartsWith("| ") && !l.StartsWith("| I_C") && !l.StartsWith("| V_STOP")));
            CollectionAssert.AreEqual(PaperLrsMedianOhm.Select(x => (int)x).ToArray(), DeviceCalibrationReport.PaperLrsMedianOhm);
            CollectionAssert.AreEqual(PaperHrsMedianOhm.Select(x => (int)x).ToArray(), DeviceCalibrationReport.PaperHrsMedianOhm);
            for (int p = 0; p < IccUa.Length; p++) Assert.AreEqual(PaperLrsMeanOhm[p], report.Lrs[p].Mean, 0.05 * PaperLrsMeanOhm[p]);
            for (int p = 0; p < VstopMv.Length; p++) Assert.AreEqual(PaperHrsMeanOhm[p], report.Hrs[p].Mean, 0.15 * PaperHrsMeanOhm[p]);
        }

        [TestMethod]
        public void SampleStatistics_SortsAndMeasures()
        {
            var values = new[] { 5, 1, 4, 2, 3, 9, 7, 8, 6, 10 };
            var s = new SampleStatistics();
            s.Compute(values, values.Length);
            CollectionAssert.AreEqual(Enumerable.Range(1, 10).ToArray(), values);
            Assert.AreEqual(5.5f, s.Mean, 1e-6);
            Assert.AreEqual(Math.Sqrt(82.5 / 9), s.Sigma, 1e-5);
            Assert.AreEqual(5.5f, s.Median, 1e-6);
            Assert.AreEqual(1.9f, s.P10, 1e-5);
            Assert.AreEqual(9.1f, s.P90, 1e-5);
        }
    }
}
