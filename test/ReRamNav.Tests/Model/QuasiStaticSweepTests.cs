using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Model
{
    /// <summary>The quasi-static I-V sweep against what Bianchi 2023 Fig. 1b shows.</summary>
    [TestClass]
    public class QuasiStaticSweepTests
    {
        private static double At(QuasiStaticSweep s, byte segment, int mv) =>
            Enumerable.Range(0, s.Count).Where(i => s.Segment[i] == segment && s.VoltageMv[i] == mv).Select(i => s.CurrentNa[i]).First();

        [TestMethod]
        public void Sweep_HasTheFourBranches_ComplianceClamp_AndReadResistancesOfTheTables()
        {
            var p = DeviceModelParameters.PaperSiOx1T1R();
            var s = new QuasiStaticSweep();
            s.Run(p, 100, -1400);
            Assert.AreEqual(2 * 101 + 2 * 89, s.Count); // 0..-1400 mV in 16 mV steps, the last clamped to V_STOP
            Assert.AreEqual(-1400, Enumerable.Range(0, s.Count).Min(i => s.VoltageMv[i]));
            for (int i = 0; i < s.Count; i++) Assert.IsTrue(s.CurrentNa[i] >= 0);
            // SET: the current never exceeds the compliance, and sits at it at +2.5 V (Fig. 1b: saturation).
            Assert.IsTrue(Enumerable.Range(0, s.Count).Where(i => s.Segment[i] <= QuasiStaticSweep.SetDown).All(i => s.CurrentNa[i] <= 100000));
            Assert.AreEqual(100000, At(s, QuasiStaticSweep.SetUp, 2500));
            // Before the SET onset the device is in HRS (low current); after the SET down branch it reads the LRS table.
            Assert.IsTrue(At(s, QuasiStaticSweep.SetUp, 500) < 5000, "HRS below the SET onset");
            Assert.AreEqual(250e6 / p.LrsMeanOhmAt(100), At(s, QuasiStaticSweep.SetDown, 250), 1.0, "LRS read at 0.25 V");
            // RESET: ohmic LRS until the onset, then the current falls; the final HRS reads the table at a low voltage.
            int peak = Enumerable.Range(0, s.Count).Where(i => s.Segment[i] == QuasiStaticSweep.ResetDown).OrderByDescending(i => s.CurrentNa[i]).First();
            Assert.IsTrue(s.VoltageMv[peak] <= -900 && s.VoltageMv[peak] >= -1000, "RESET onset at " + s.VoltageMv[peak] + " mV (Fig. 1b: -0.93 .. -1.0 V)");
            Assert.IsTrue(At(s, QuasiStaticSweep.ResetDown, -1200) < s.CurrentNa[peak] / 3, "RESET completed by -1.2 V");
            double hrsReadOhm = 160e6 / At(s, QuasiStaticSweep.ResetUp, -160);
            Assert.AreEqual(p.HrsMeanOhmAt(-1400), hrsReadOhm, 0.03 * p.HrsMeanOhmAt(-1400), "HRS read at -0.16 V");
            // HRS conduction is super-linear: at -1.4 V several times the ohmic current (Fig. 1b: 6x at -1.6 V).
            Assert.IsTrue(At(s, QuasiStaticSweep.ResetUp, -1392) > 3 * 1392e6 / p.HrsMeanOhmAt(-1400));
        }

        [TestMethod]
        public void DeeperStop_GivesLowerHrsCurrent_AndRepeatedRuns_DoNotAllocate()
        {
            var p = DeviceModelParameters.PaperSiOx1T1R();
            var s = new QuasiStaticSweep();
            s.Run(p, 170, -1000);
            double shallow = At(s, QuasiStaticSweep.ResetUp, -160);
            s.Run(p, 170, -1600);
            double deep = At(s, QuasiStaticSweep.ResetUp, -160);
            Assert.IsTrue(deep < shallow / 2, $"HRS at -1.6 V ({deep} nA) well below -1.0 V ({shallow} nA) at a read");
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 20; i++) s.Run(p, 50 + i, -1600);
            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before, "buffers are reused");
        }
    }
}
