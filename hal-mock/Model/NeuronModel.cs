using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// The place neuron of Bianchi et al. (Nat. Commun. 14, 1565, 2023): a CMOS integrate-and-fire neuron
    /// whose input current is V_read × G_synapse and whose threshold voltage is set by a ReRAM "state"
    /// device (higher G_STA, higher threshold), with spike-frequency adaptation (Fig. 3f/3l) and the
    /// penalty/reward threshold jumps of Fig. 3g/3h. Everything in closed form: no time stepping.
    /// </summary>
    /// <remarks>
    /// Parameters (unit; value; source):
    /// <code>
    /// MembraneCapacitanceFf       fF     33000  model choice: with 12 mV/µS and V_read 0.2 V the time constant
    ///                                           C·k/V_read is 2 µs, so a nominal fire (83 µS threshold, 167 µS
    ///                                           synapse) takes ≈1 µs, the paper's 1–3 µs per step (Fig. 4b)
    /// ThresholdMvPerMicrosiemens  mV/µS  12     V_TH = k·G_STA: 83 µS (LRS at I_C = 50 µA, Fig. 1e) → 1.0 V,
    ///                                           the nominal V_TH of 0.86–1.20 V of Fig. 3e
    /// ThresholdStepPermille       ‰      410    V_TH after n spikes = V_TH0·(1 + 0.41·n): least-squares fit to
    ///                                           Fig. 3f, V_TH/V_TH0 = 1.57, 1.73, 2.26, 2.65 after spikes 1–4
    /// DriveRetentionPermille      ‰      600    adaptation current: the net drive after n spikes is I·0.6^n,
    ///                                           so the inter-spike interval roughly doubles per spike as in
    ///                                           Fig. 3f (ISI 52 → 112 → 246 µs, ratios 2.15, 2.20) although
    ///                                           V_TH rises only 1.1–1.3× per spike. Phenomenological (Benda–
    ///                                           Herz-type adaptation current); 1000 = threshold-only SFA
    /// MaxAdaptationCount          spikes 4      adaptation saturates (Fig. 3f shows 4 spikes; Fig. 3i plateaus;
    ///                                           the agent's faithful variant uses 4; its default is 8)
    /// LeakConductanceNs           nS     0      leak off by default, as in the authors' code (paper.md §3)
    /// PenaltyThresholdPermille    ‰      3915   V_TH jump at a penalty, Fig. 3g: 1.228 → 4.808 V
    /// RewardThresholdPermille     ‰      201    V_TH jump at a reward, Fig. 3h: 2.617 → 0.525 V
    /// </code>
    /// Units: fF·mV/nA = ns; mV·nS = pA; mV·nA·ns = 1e-21 J. Integer arithmetic except the optional leak
    /// (one <see cref="FloatMath.Ln"/>). Allocation-free.
    /// </remarks>
    public sealed class NeuronModel
    {
        /// <summary>Returned by <see cref="TimeToFireNs"/> when the neuron never reaches its threshold.</summary>
        public const long NeverFires = long.MaxValue;

        /// <summary>Integrating capacitance, fF.</summary>
        public int MembraneCapacitanceFf = 33000;

        /// <summary>Threshold voltage per µS of state-device conductance, mV/µS.</summary>
        public int ThresholdMvPerMicrosiemens = 12;

        /// <summary>Threshold rise per spike as a fraction of the unadapted threshold, ‰.</summary>
        public int ThresholdStepPermille = 410;

        /// <summary>Fraction of the input drive left after each spike (adaptation current), ‰; 1000 = none.</summary>
        public int DriveRetentionPermille = 600;

        /// <summary>Spikes after which adaptation stops growing.</summary>
        public int MaxAdaptationCount = 4;

        /// <summary>Leak conductance of the membrane, nS; 0 = perfect integrator (default, as the paper's code).</summary>
        public int LeakConductanceNs = 0;

        /// <summary>Threshold factor of a penalty, ‰ (Fig. 3g).</summary>
        public int PenaltyThresholdPermille = 3915;

        /// <summary>Threshold factor of a reward, ‰ (Fig. 3h).</summary>
        public int RewardThresholdPermille = 201;

        /// <summary>The paper-calibrated neuron (the field defaults).</summary>
        public static NeuronModel PaperDefaults()
        {
            return new NeuronModel();
        }

        /// <summary>Input current of a synapse read at <paramref name="readMv"/>, nA: V·G (mV·nS = pA, /1000).</summary>
        public static int InputCurrentNa(int readMv, int synapseConductanceNs)
        {
            if (readMv <= 0 || synapseConductanceNs <= 0)
            {
                return 0;
            }

            long na = ((long)readMv * synapseConductanceNs + 500) / 1000;
            return na > int.MaxValue ? int.MaxValue : (int)na;
        }

        /// <summary>
        /// Threshold voltage of a neuron whose state device holds <paramref name="thresholdConductanceNs"/> after
        /// <paramref name="adaptationCount"/> spikes, mV: k·G·(1 + step·min(n, max)).
        /// </summary>
        public int ThresholdMv(int thresholdConductanceNs, int adaptationCount)
        {
            if (thresholdConductanceNs <= 0)
            {
                return 0;
            }

            int n = ClampCount(adaptationCount);
            long mv = (long)thresholdConductanceNs * ThresholdMvPerMicrosiemens * (1000 + (long)n * ThresholdStepPermille) / 1000000;
            return mv > int.MaxValue ? int.MaxValue : (int)mv;
        }

        /// <summary>
        /// Net input current after <paramref name="adaptationCount"/> spikes, nA: I·(DriveRetention)^min(n, max).
        /// </summary>
        public int NetInputNa(int inputCurrentNa, int adaptationCount)
        {
            if (inputCurrentNa <= 0)
            {
                return 0;
            }

            long na = inputCurrentNa;
            int n = ClampCount(adaptationCount);
            for (int k = 0; k < n; k++)
            {
                na = na * DriveRetentionPermille / 1000;
            }

            return (int)na;
        }

        /// <summary>
        /// Time from reset to fire, ns, for a neuron whose threshold device holds
        /// <paramref name="thresholdConductanceNs"/>, driven by a constant <paramref name="inputCurrentNa"/>, after
        /// <paramref name="adaptationCount"/> spikes. Perfect integrator: t = C·V_TH/I_net. With a leak G_L:
        /// t = (C/G_L)·ln(1/(1 − V_TH·G_L/I_net)), <see cref="NeverFires"/> if V_TH ≥ I_net/G_L.
        /// A threshold of 0 (a "threshold 0" reward cell) fires at once (0 ns); no input never fires.
        /// </summary>
        public long TimeToFireNs(int thresholdConductanceNs, int inputCurrentNa, int adaptationCount)
        {
            int thresholdMv = ThresholdMv(thresholdConductanceNs, adaptationCount);
            if (thresholdMv <= 0)
            {
                return 0;
            }

            int netNa = NetInputNa(inputCurrentNa, adaptationCount);
            if (netNa <= 0)
            {
                return NeverFires;
            }

            if (LeakConductanceNs <= 0)
            {
                return ((long)MembraneCapacitanceFf * thresholdMv + netNa / 2) / netNa;
            }

            // V_inf = I/G_L (nA/nS = V); x = V_TH/V_inf.
            float x = (float)thresholdMv * LeakConductanceNs / (1000f * netNa);
            if (x >= 1f)
            {
                return NeverFires;
            }

            float tauNs = 1000f * MembraneCapacitanceFf / LeakConductanceNs;
            return (long)(tauNs * -FloatMath.Ln(1f - x) + 0.5f);
        }

        /// <summary>
        /// Spike times of a neuron driven by a constant current from reset and zero adaptation, ns, into
        /// <paramref name="spikeTimesNs"/>: the integrator resets at each spike and the adaptation count grows
        /// by one. Stops at <paramref name="maxSpikes"/>, the buffer's length, or <paramref name="windowNs"/>.
        /// Returns the number of spikes written.
        /// </summary>
        public int SpikeTimesNs(int thresholdConductanceNs, int inputCurrentNa, long windowNs, long[] spikeTimesNs, int maxSpikes)
        {
            if (spikeTimesNs == null)
            {
                throw new ArgumentNullException(nameof(spikeTimesNs));
            }

            int limit = maxSpikes < spikeTimesNs.Length ? maxSpikes : spikeTimesNs.Length;
            long t = 0;
            int count = 0;
            while (count < limit)
            {
                long interval = TimeToFireNs(thresholdConductanceNs, inputCurrentNa, count);
                if (interval == NeverFires || interval > windowNs - t)
                {
                    break;
                }

                t += interval < 1 ? 1 : interval;
                spikeTimesNs[count] = t;
                count++;
            }

            return count;
        }

        /// <summary>Threshold conductance after a penalty (Fig. 3g: V_TH × 3.915), nS: what to program into the state device.</summary>
        public int PenaltyThresholdNs(int thresholdConductanceNs)
        {
            return ScalePermille(thresholdConductanceNs, PenaltyThresholdPermille);
        }

        /// <summary>Threshold conductance after a reward (Fig. 3h: V_TH × 0.201), nS.</summary>
        public int RewardThresholdNs(int thresholdConductanceNs)
        {
            return ScalePermille(thresholdConductanceNs, RewardThresholdPermille);
        }

        /// <summary>
        /// Energy drawn from the read line while integrating for <paramref name="timeNs"/> at
        /// <paramref name="inputCurrentNa"/>, fJ: V·I·t (mV·nA·ns = 1e-21 J = 1e-6 fJ), rounded.
        /// </summary>
        public static long IntegrationEnergyFj(int readMv, int inputCurrentNa, long timeNs)
        {
            if (readMv <= 0 || inputCurrentNa <= 0 || timeNs <= 0 || timeNs == NeverFires)
            {
                return 0;
            }

            long powerPw = (long)readMv * inputCurrentNa; // mV·nA = pW
            // pW·ns = 1e-21 J; split the division so that pW·ns cannot overflow for long integrations.
            return powerPw / 1000 * timeNs / 1000 + (powerPw % 1000) * timeNs / 1000000;
        }

        private int ClampCount(int adaptationCount)
        {
            if (adaptationCount < 0)
            {
                return 0;
            }

            return adaptationCount > MaxAdaptationCount ? MaxAdaptationCount : adaptationCount;
        }

        private static int ScalePermille(int value, int permille)
        {
            long scaled = ((long)value * permille + 500) / 1000;
            return scaled > int.MaxValue ? int.MaxValue : (int)scaled;
        }
    }
}
