using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Model
{
    /// <summary>
    /// The place neuron against the paper's hardware traces. Reference numbers: Bianchi et al., Nat. Commun.
    /// 14, 1565 (2023), Source Data Figures_Nature_Communications_Figure_3_review.xls, sheets Figure_3_e
    /// (nominal V_TH 0.86–1.20 V), Figure_3_f (spike-frequency adaptation: V_TH 1.102 V before the first
    /// spike, 1.727 / 1.911 / 2.490 / 2.921 V after spikes 1–4; onsets 78, 130, 242, 488 µs, so ISIs 52, 112,
    /// 246 µs), Figure_3_g (penalty: V_TH 1.228 → 4.808 V, ×3.915) and Figure_3_h (reward: 2.617 → 0.525 V,
    /// ×0.201); spike detection and window means as in the shared data README (spikes > 1.2 V, V_TH averaged
    /// over 10 samples before/after).
    /// </summary>
    [TestClass]
    public class NeuronModelTests
    {
        private static readonly double[] Fig3fThresholdRatio = { 1.727 / 1.102, 1.911 / 1.102, 2.490 / 1.102, 2.921 / 1.102 };
        private static readonly double[] Fig3fIsiUs = { 52, 112, 246 };

        private const int NominalThresholdNs = 82770; // LRS at I_C = 50 µA: 1e9 / 12082 Ω (Fig. 1e)
        private const int SynapseNs = 167000;         // a potentiated synapse

        [TestMethod]
        public void NominalThreshold_IsAboutOneVolt_AndFiresInAboutOneMicrosecond()
        {
            var n = NeuronModel.PaperDefaults();
            int vth = n.ThresholdMv(NominalThresholdNs, 0);
            Assert.IsTrue(vth >= 860 && vth <= 1200, "nominal V_TH in Fig. 3e's 0.86–1.20 V: " + vth);
            int input = NeuronModel.InputCurrentNa(200, SynapseNs);
            Assert.AreEqual(33400, input, "0.2 V × 167 µS = 33.4 µA");
            long t = n.TimeToFireNs(NominalThresholdNs, input, 0);
            Assert.IsTrue(t >= 800 && t <= 1300, "≈1 µs per step (paper: 1–3 µs, Fig. 4b): " + t);
        }

        [TestMethod]
        public void Adaptation_ThresholdSteps_MatchFig3f()
        {
            var n = NeuronModel.PaperDefaults();
            double v0 = n.ThresholdMv(NominalThresholdNs, 0);
            for (int k = 1; k <= 4; k++)
            {
                double ratio = n.ThresholdMv(NominalThresholdNs, k) / v0;
                Assert.AreEqual(Fig3fThresholdRatio[k - 1], ratio, 0.15 * Fig3fThresholdRatio[k - 1], "V_TH after spike " + k);
            }
        }

        [TestMethod]
        public void Adaptation_InterSpikeIntervalRoughlyDoubles_AsFig3f()
        {
            var n = NeuronModel.PaperDefaults();
            var spikes = new long[8];
            int count = n.SpikeTimesNs(NominalThresholdNs, 2000, 10000000, spikes, 5);
            Assert.AreEqual(5, count);
            // ISI k = spike k+1 - spike k; Fig. 3f: 112/52 = 2.15, 246/112 = 2.20.
            double isi1 = spikes[1] - spikes[0], isi2 = spikes[2] - spikes[1], isi3 = spikes[3] - spikes[2];
            Assert.AreEqual(Fig3fIsiUs[1] / Fig3fIsiUs[0], isi2 / isi1, 0.2 * 2.15);
            Assert.AreEqual(Fig3fIsiUs[2] / Fig3fIsiUs[1], isi3 / isi2, 0.2 * 2.20);
            Assert.IsTrue(isi1 > spikes[0] && isi2 > isi1 && isi3 > isi2, "intervals grow");
        }

        [TestMethod]
        public void Adaptation_Saturates()
        {
            var n = NeuronModel.PaperDefaults();
            long atMax = n.TimeToFireNs(NominalThresholdNs, 10000, n.MaxAdaptationCount);
            Assert.AreEqual(atMax, n.TimeToFireNs(NominalThresholdNs, 10000, n.MaxAdaptationCount + 5));
            Assert.AreEqual(n.TimeToFireNs(NominalThresholdNs, 10000, 0), n.TimeToFireNs(NominalThresholdNs, 10000, -3));
        }

        [TestMethod]
        public void PenaltyAndReward_ScaleTheTimeToFire_AsFig3gAnd3h()
        {
            var n = NeuronModel.PaperDefaults();
            double t0 = n.TimeToFireNs(NominalThresholdNs, 20000, 0);
            Assert.AreEqual(3.915, n.TimeToFireNs(n.PenaltyThresholdNs(NominalThresholdNs), 20000, 0) / t0, 0.01);
            Assert.AreEqual(0.201, n.TimeToFireNs(n.RewardThresholdNs(NominalThresholdNs), 20000, 0) / t0, 0.01);
        }

        [TestMethod]
        public void TimeToFire_IsLinearInThreshold_InverseInCurrent_WithoutLeak()
        {
            var n = NeuronModel.PaperDefaults();
            long t = n.TimeToFireNs(100000, 20000, 0);
            Assert.AreEqual(2 * t, n.TimeToFireNs(200000, 20000, 0), 1);
            Assert.AreEqual(t, 2 * n.TimeToFireNs(100000, 40000, 0), 1);
            Assert.AreEqual(0, n.TimeToFireNs(0, 20000, 0), "threshold 0 (reward cell) fires at once");
            Assert.AreEqual(NeuronModel.NeverFires, n.TimeToFireNs(100000, 0, 0), "no input never fires");
        }

        [TestMethod]
        public void Leak_SlowsTheFire_AndBlocksWeakInputs()
        {
            var n = NeuronModel.PaperDefaults();
            long perfect = n.TimeToFireNs(100000, 20000, 0);
            n.LeakConductanceNs = 10000; // 10 µS: V_inf = 20 µA / 10 µS = 2 V > V_TH 1.2 V
            long leaky = n.TimeToFireNs(100000, 20000, 0);
            double tau = 33000.0 * 1000 / 10000, x = 1200.0 / 2000.0;
            Assert.AreEqual(tau * -Math.Log(1 - x), leaky, 0.001 * leaky);
            Assert.IsTrue(leaky > perfect);
            Assert.AreEqual(NeuronModel.NeverFires, n.TimeToFireNs(100000, 10000, 0), "V_inf 1 V < V_TH 1.2 V");
        }

        [TestMethod]
        public void IntegrationEnergy_IsVTimesITimesT()
        {
            // 200 mV × 33 400 nA × 1000 ns = 6.68e-12 J = 6680 fJ.
            Assert.AreEqual(6680, NeuronModel.IntegrationEnergyFj(200, 33400, 1000));
            Assert.AreEqual(0, NeuronModel.IntegrationEnergyFj(200, 33400, NeuronModel.NeverFires));
        }

        [TestMethod]
        public void TimeToFire_DoesNotAllocate()
        {
            var n = NeuronModel.PaperDefaults();
            var spikes = new long[8];
            long before = GC.GetAllocatedBytesForCurrentThread();
            long sum = 0;
            for (int i = 0; i < 1000; i++) { sum += n.TimeToFireNs(80000 + i, 20000, i % 6); sum += n.SpikeTimesNs(80000, 20000, 100000, spikes, 8); }
            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before, "sum " + sum);
        }
    }
}
