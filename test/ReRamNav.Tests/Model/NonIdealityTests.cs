using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Model
{
    /// <summary>
    /// Device-to-device variation, read noise, relaxation and endurance: each seeded, each against the
    /// distribution its parameter documents (sources in DeviceModelParameters and docs/device-model.md).
    /// </summary>
    [TestClass]
    public class NonIdealityTests
    {
        private static double Sigma(IEnumerable<double> values) { var v = values.ToArray(); double m = v.Average(); return Math.Sqrt(v.Sum(x => (x - m) * (x - m)) / (v.Length - 1)); }

        private static ReRamArray NewArray(DeviceModelParameters p, ulong seed, int places = 900)
        {
            return new ReRamArray(places, new SiOxDeviceModel(p, new Prng(seed)), -1600);
        }

        [TestMethod]
        public void DeviceToDevice_FactorsAreLogNormal_WithTheConfiguredSigma_AndFixedPerDevice()
        {
            var p = DeviceModelParameters.PaperSiOx1T1R();
            p.EnableDeviceToDeviceVariation = true;
            var model = new SiOxDeviceModel(p, new Prng(1));
            var ln = Enumerable.Range(0, 8100).Select(i => Math.Log(model.DeviceFactorQ16(42, i) / 65536.0)).ToArray();
            Assert.AreEqual(0.0, ln.Average(), 0.004, "median factor 1");
            Assert.AreEqual(0.06, Sigma(ln), 0.004, "σ_ln 0.06 (paper preset value)");
            Assert.AreEqual(model.DeviceFactorQ16(42, 17), model.DeviceFactorQ16(42, 17), "a pure function of (seed, device)");
            Assert.AreNotEqual(model.DeviceFactorQ16(42, 17), model.DeviceFactorQ16(43, 17));
        }

        [TestMethod]
        public void DeviceToDevice_AddsToTheCycleToCycleSpread_AcrossAnArray()
        {
            // SET every device of a 900-place array at 170 µA: σ(ln G) across devices = sqrt(c2c² + d2d²).
            double SpreadOfLnG(bool d2d)
            {
                var p = DeviceModelParameters.PaperSiOx1T1R();
                p.EnableDeviceToDeviceVariation = d2d;
                p.DeviceToDeviceSigmaLn = 0.2f;
                var array = NewArray(p, 5);
                var ln = new List<double>();
                for (int place = 0; place < array.PlaceCount; place++)
                    for (int d = 0; d < 9; d++) { array.ApplyPulse(PulseKind.Set, place, d, 1500, 170, 1000); ln.Add(Math.Log(array.StoredNs(place, d))); }
                return Sigma(ln);
            }

            double c2c = SpreadOfLnG(false), both = SpreadOfLnG(true);
            Assert.AreEqual(0.0109, c2c, 0.001, "cycle-to-cycle alone: 1.09 % at 170 µA (Fig. 1f)");
            Assert.AreEqual(Math.Sqrt(c2c * c2c + 0.2 * 0.2), both, 0.01);
        }

        [TestMethod]
        public void DeviceToDevice_IsOffInThePaperPreset_SoTheDefaultArrayIsUnchanged()
        {
            var model = new SiOxDeviceModel(DeviceModelParameters.PaperSiOx1T1R(), new Prng(3));
            Assert.AreEqual(SiOxDeviceModel.UnityDeviceFactorQ16, model.DeviceFactorQ16(1, 1));
            Assert.IsTrue(DeviceModelParameters.HarshArray().EnableDeviceToDeviceVariation);
        }

        [TestMethod]
        public void ReadNoise_IsOnePercent_AndAveragingNSamplesDividesItBySqrtN()
        {
            // Through the whole stack: the board averages `samples` reads per device (READ_NEIGHBOURHOOD).
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 3, Cols = 3, Seed = 11 });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            driver.AddSet(4, 0, 1500, 110, 1000);
            driver.CommitPulses();
            double stored = board.Array.StoredNs(4, 0);
            double RelativeSigma(int samples)
            {
                var values = new int[17];
                var reads = new List<double>();
                for (int i = 0; i < 1500; i++) { driver.ReadNeighbourhood(4, 200, samples, values); reads.Add(values[0] / stored); }
                Assert.AreEqual(1.0, reads.Average(), 0.002, "unbiased");
                return Sigma(reads);
            }

            double one = RelativeSigma(1), sixteen = RelativeSigma(16);
            Assert.AreEqual(0.01, one, 0.0006, "1 % read noise (ReadNoiseRelativeSigma)");
            Assert.AreEqual(4.0, one / sixteen, 0.5, "16 samples: σ / 4");
        }

        private static (ReRamArray array, VirtualClock clock) RelaxingArray(ulong seed)
        {
            var p = DeviceModelParameters.PaperSiOx1T1R();
            p.EnableRelaxation = true;
            var array = NewArray(p, seed);
            var clock = new VirtualClock();
            array.AttachClock(clock);
            for (int place = 0; place < array.PlaceCount; place++)
                for (int d = 0; d < 9; d++) array.ApplyPulse(PulseKind.Set, place, d, 1500, 110, 1000);
            return (array, clock);
        }

        private static double[] Shifts(ReRamArray array)
        {
            var s = new List<double>();
            for (int place = 0; place < array.PlaceCount; place++)
                for (int d = 0; d < 9; d++) s.Add(array.EffectiveNs(place, d) - array.StoredNs(place, d));
            return s.ToArray();
        }

        [TestMethod]
        public void Relaxation_FollowsTheLogTimeLaw_MeanAndSpread()
        {
            var (array, clock) = RelaxingArray(21);
            Assert.AreEqual(0.0, Shifts(array).Select(Math.Abs).Max(), "nothing relaxes before time passes");
            foreach (long seconds in new long[] { 60, 3600, 86400 })
            {
                clock.AdvanceNs(seconds * 1000000000L - clock.NowNs);
                double ln = Math.Log(1 + seconds);
                double[] shift = Shifts(array);
                // aihwkit ReRamCMONoiseModel: mean −0.0890·ln t µS, σ (time part) 0.0420·ln t µS, G-independent.
                Assert.AreEqual(-89 * ln, shift.Average(), 0.04 * 89 * ln + 2, "mean shift after " + seconds + " s");
                Assert.AreEqual(42 * ln, Sigma(shift), 0.06 * 42 * ln + 2, "spread after " + seconds + " s");
            }
        }

        [TestMethod]
        public void Relaxation_IsPersistentPerDevice_ActsAsForgetting_AndRestartsWhenReprogrammed()
        {
            var (array, clock) = RelaxingArray(22);
            clock.AdvanceNs(3600L * 1000000000L);
            int a = array.EffectiveNs(5, 3);
            Assert.AreEqual(a, array.EffectiveNs(5, 3), "same device, same time, same value (not read noise)");
            Assert.IsTrue(a < array.StoredNs(5, 3), "LRS relaxes downwards (forgetting)");
            array.ApplyPulse(PulseKind.Reset, 5, 3, 1600, 0, 1000);
            array.ApplyPulse(PulseKind.Set, 5, 3, 1500, 110, 1000);
            Assert.AreEqual(array.StoredNs(5, 3), array.EffectiveNs(5, 3), "a reprogrammed device starts relaxing again from t = 0");
        }

        [TestMethod]
        public void Relaxation_IsOptIn_AndNeedsAClock()
        {
            var array = NewArray(DeviceModelParameters.PaperSiOx1T1R(), 23);
            var clock = new VirtualClock();
            array.AttachClock(clock);
            array.ApplyPulse(PulseKind.Set, 0, 0, 1500, 110, 1000);
            clock.AdvanceNs(86400L * 1000000000L);
            Assert.AreEqual(array.StoredNs(0, 0), array.EffectiveNs(0, 0), "paper preset: relaxation off");
        }

        [TestMethod]
        public void Endurance_WindowClosesAfterTheCycleBudget()
        {
            var p = DeviceModelParameters.PaperSiOx1T1R();
            p.EnduranceCycles = 100;
            var array = NewArray(p, 31, 20);
            var windowByCycle = new double[140];
            for (int cycle = 0; cycle < 140; cycle++)
            {
                double sumLnWindow = 0;
                for (int place = 0; place < 20; place++)
                {
                    array.ApplyPulse(PulseKind.Set, place, 0, 1500, 110, 1000);
                    double lrs = array.StoredNs(place, 0);
                    array.ApplyPulse(PulseKind.Reset, place, 0, 1600, 0, 1000);
                    double hrs = array.StoredNs(place, 0);
                    sumLnWindow += Math.Log(lrs / hrs);
                }
                windowByCycle[cycle] = Math.Exp(sumLnWindow / 20);
            }

            Assert.IsTrue(windowByCycle.Take(75).All(w => w > 30), "full window (≈50x at 110 µA / −1.6 V) before the onset at 80 %");
            Assert.IsTrue(windowByCycle[90] < windowByCycle[70] / 2 && windowByCycle[90] > 1.5, "closing between onset and budget: " + windowByCycle[90]);
            Assert.IsTrue(windowByCycle.Skip(101).All(w => w < 1.05), "closed after the budget: the device no longer switches");
            Assert.AreEqual(280, array.PulseCountOf(0, 0));
            Assert.AreEqual(p.EnduranceClosedConductanceNs, array.StoredNs(0, 0), 0.02 * p.EnduranceClosedConductanceNs);
        }

        [TestMethod]
        public void Memory_PerDevice_AndFor30x30()
        {
            // Issue #4: a 30x30 maze (900 places x 9 devices) must fit in 64 KB on the MCU.
            var paper = NewArray(DeviceModelParameters.PaperSiOx1T1R(), 1);
            Assert.AreEqual(900 * 9 * 4, paper.StateBytes, "paper preset: 4 bytes/device, 32.4 KB");
            var harsh = NewArray(DeviceModelParameters.HarshArray(), 1);
            Assert.AreEqual(900 * 9 * (4 + 4 + 2), harsh.StateBytes, "relaxation + endurance: 10 bytes/device, 81 KB");
            Console.WriteLine("30x30 state: paper preset " + paper.StateBytes + " B, harsh preset " + harsh.StateBytes + " B");
        }

        [TestMethod]
        public void ArrayPulsesAndReads_DoNotAllocate_WithEveryEffectOn()
        {
            var array = NewArray(DeviceModelParameters.HarshArray(), 2);
            var clock = new VirtualClock();
            array.AttachClock(clock);
            array.ApplyPulse(PulseKind.Set, 0, 0, 1500, 110, 1000);
            long before = GC.GetAllocatedBytesForCurrentThread();
            long sum = 0;
            for (int i = 0; i < 1000; i++)
            {
                clock.AdvanceNs(1000000);
                sum += array.ApplyPulse(i % 2 == 0 ? PulseKind.Set : PulseKind.Reset, i % 900, i % 9, 1500, 110, 1000);
                sum += array.ReadNs(i % 900, i % 9);
            }
            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before, "allocation-free (sum " + sum + ")");
        }

        [TestMethod]
        public void HashDraws_AreStandardNormal_AndUniform()
        {
            var z = Enumerable.Range(0, 20000).Select(i => (double)Prng.HashGaussian(Prng.HashKey(77, i, 1))).ToArray();
            Assert.AreEqual(0.0, z.Average(), 0.03);
            Assert.AreEqual(1.0, Sigma(z), 0.02);
            Assert.AreEqual(0.6827, z.Count(v => Math.Abs(v) < 1) / 20000.0, 0.01);
            var u = Enumerable.Range(0, 20000).Select(i => (double)Prng.HashUnitFloat(Prng.HashKey(78, i, 2))).ToArray();
            Assert.AreEqual(0.5, u.Average(), 0.01);
            Assert.IsTrue(u.All(v => v >= 0 && v < 1));
        }
    }
}
