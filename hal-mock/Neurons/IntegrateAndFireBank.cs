namespace ReRamNav.HalMock.Neurons
{
    /// <summary>
    /// The virtual board's CMOS neuron bank: deliberately simple, closed-form integrate-and-fire
    /// neurons, so that NEURON_INTEGRATE is computed rather than ticked and is exact in integers.
    /// <para>
    /// Each neuron is a membrane capacitor C (<see cref="MembraneCapacitanceFf"/>) charged by the sum of
    /// the currents of its input devices, I = V_in · ΣG, and discharged by a constant leak current
    /// I_leak (<see cref="LeakCurrentPa"/>, a subthreshold transistor: a constant sink is a fair first
    /// model and keeps the solution linear). It fires when the membrane reaches its threshold V_th:
    /// </para>
    /// <code>t_fire = C · V_th / (I − I_leak)   (never, when I &lt;= I_leak or V_th = 0)</code>
    /// <para>
    /// Units chosen so the formula is integer: fF · mV / pA = 1 µs, so
    /// t_fire[ns] = 1000 · C[fF] · V_th[mV] / (I − I_leak)[pA], and I[pA] = V_in[mV] · G[nS].
    /// Every membrane starts discharged at each integration (the FPGA resets the bank before it
    /// applies the input voltage). No refractory period or adaptation: the paper's spike-frequency
    /// adaptation is applied by the agent through the thresholds it loads (hal-mock/Model/NeuronModel.cs
    /// has the calibrated adaptation and the conductance-to-threshold map the agent can use for that).
    /// </para>
    /// </summary>
    public sealed class IntegrateAndFireBank
    {
        /// <summary>Membrane capacitance, fF. 33 pF as hal-mock/Model/NeuronModel.cs: a nominal fire
        /// (1.0 V threshold, 167 µS synapse at 0.2 V) then takes about 1 µs, the paper's 1–3 µs per step.</summary>
        public int MembraneCapacitanceFf = 33000;
        /// <summary>Constant leak current, pA. 0 by default (a perfect integrator, as the paper's code).</summary>
        public int LeakCurrentPa = 0;
        /// <summary>Largest threshold the comparator accepts, mV: the paper's penalty threshold reaches
        /// 4.8 V (Fig. 3g), so 6 V.</summary>
        public int ThresholdMaxMv = 6000;

        private readonly int[] _thresholdMv;
        private readonly long[] _inputCurrentPa;

        public IntegrateAndFireBank(int neuronCount)
        {
            _thresholdMv = new int[neuronCount];
            _inputCurrentPa = new long[neuronCount];
        }

        public int Count { get { return _thresholdMv.Length; } }

        public int ThresholdMv(int neuron) { return _thresholdMv[neuron]; }

        public void SetThresholdMv(int neuron, int thresholdMv) { _thresholdMv[neuron] = thresholdMv; }

        /// <summary>Discharges every membrane and clears the input currents (start of an integration).</summary>
        public void BeginIntegration()
        {
            for (int i = 0; i < _inputCurrentPa.Length; i++) _inputCurrentPa[i] = 0;
        }

        /// <summary>Adds the current of one input device, V_in · G, to a neuron.</summary>
        public void AddInput(int neuron, int inputMv, int conductanceNs)
        {
            _inputCurrentPa[neuron] += (long)inputMv * conductanceNs;
        }

        public long InputCurrentPa(int neuron) { return _inputCurrentPa[neuron]; }

        /// <summary>Time for <paramref name="neuron"/> to fire, ns, or -1 if it never fires.</summary>
        public long TimeToFireNs(int neuron)
        {
            long net = _inputCurrentPa[neuron] - LeakCurrentPa;
            int threshold = _thresholdMv[neuron];
            if (threshold <= 0 || net <= 0) return -1;
            // Ceiling: the comparator trips at the first instant the membrane reaches threshold.
            long charge = 1000L * MembraneCapacitanceFf * threshold;
            return (charge + net - 1) / net;
        }

        /// <summary>
        /// The first neuron to fire within <paramref name="windowNs"/> (ties: the lowest index), or -1;
        /// <paramref name="timeNs"/> is its firing time, or the window when none fired.
        /// </summary>
        public int FirstToFire(long windowNs, out long timeNs)
        {
            int winner = -1;
            long best = windowNs + 1;
            for (int n = 0; n < _thresholdMv.Length; n++)
            {
                long t = TimeToFireNs(n);
                if (t >= 0 && t < best)
                {
                    best = t;
                    winner = n;
                }
            }
            timeNs = winner < 0 ? windowNs : best;
            return winner;
        }
    }
}
