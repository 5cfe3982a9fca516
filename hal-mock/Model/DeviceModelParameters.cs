using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// Every number the SiOx 1T1R device model uses, each with its unit and its source, plus one switch
    /// per non-ideal effect so that a clean reference run is one call away (<see cref="Ideal"/>).
    /// </summary>
    /// <remarks>
    /// Calibration source, unless a property says otherwise: S. Bianchi et al., "A self-adaptive
    /// hardware with resistive switching synapses for experience-based neurocomputing", Nat. Commun.
    /// 14, 1565 (2023), doi:10.1038/s41467-023-37097-5, Source Data file
    /// <c>Figures_Nature_Communications_Figure_1_review.xls</c> (sheets Figure_1_d/e/f/g), from the authors'
    /// repository github.com/Bianchi27/A-self-adaptive-hardware-with-resistive-switching-synapses-for-experience-based-neurocomputing
    /// at commit 087a777d. The values are written here; the model never reads data files.
    /// The tables are used as they are: the model interpolates linearly between their points and
    /// clamps outside them. Refusing requests outside the calibrated range is the job of the caller's
    /// safety limits, not of the model.
    /// The object is a plain mutable settings holder: change a value, and the next draw of a
    /// <see cref="SiOxDeviceModel"/> that holds it uses the new value. Call <see cref="Validate"/> after
    /// editing the tables.
    /// </remarks>
    public sealed class DeviceModelParameters
    {
        /// <summary>
        /// Compliance currents I_C of the LRS table, µA, ascending. Bianchi 2023 Fig. 1e/1f, source data
        /// sheets Figure_1_e / Figure_1_f, column label "I [uA]". Fig. 1d labels the same 11 sets 54, 64,
        /// 74, 85, 96, 107, 119, 130, 142, 154, 166 µA, which equal the currents at which the Fig. 1b I–V
        /// curves saturate: probably the measured current, while 50…170 µA is the set-point we command.
        /// </summary>
        public int[] LrsComplianceUa { get; set; }

        /// <summary>
        /// Mean LRS resistance after a SET at each <see cref="LrsComplianceUa"/>, Ω (rounded to 1 Ω).
        /// Bianchi 2023 Fig. 1e, source data sheet Figure_1_e, mean of 25 cycles (= the 25 Fig. 1d values).
        /// </summary>
        public int[] LrsMeanOhm { get; set; }

        /// <summary>
        /// Cycle-to-cycle standard deviation of the LRS resistance at each <see cref="LrsComplianceUa"/>, Ω.
        /// Bianchi 2023 Fig. 1f, source data sheet Figure_1_f, sample σ (n − 1) of 25 cycles. It falls
        /// from 11 % of the mean at 50 µA to 1 % at 170 µA (a stronger compliance gives a thicker,
        /// more reproducible filament). The spread is modelled as Gaussian in resistance: the pooled
        /// skewness of the 275 standardised Fig. 1d values is 0.14, close to symmetric.
        /// </summary>
        public int[] LrsSigmaOhm { get; set; }

        /// <summary>
        /// RESET stop voltages V_STOP of the HRS table, mV, from −1000 to −1600 (decreasing, i.e. |V_STOP|
        /// ascending). Bianchi 2023 Fig. 1g, source data sheet Figure_1_g: 13 stop voltages; the first is
        /// stored there as −0.9999 V and is taken as −1000 mV.
        /// </summary>
        public int[] HrsStopVoltageMv { get; set; }

        /// <summary>
        /// Mean HRS resistance after a RESET at each <see cref="HrsStopVoltageMv"/>, Ω. Bianchi 2023 Fig. 1g,
        /// source data sheet Figure_1_g, column R_average (labelled kOhm but in Ω), mean of 10 cycles.
        /// NOT monotonic in V_STOP: −1.05 V (108.5 kΩ) is below −1.0 V (112.0 kΩ), and −1.2, −1.3 and
        /// −1.4 V are below the points just before them. With 10 cycles per point and σ of 40–110 kΩ the
        /// standard error of each mean is 12–33 kΩ, so these dips are within noise; the table is kept as
        /// measured rather than smoothed, so the model reproduces the data point by point.
        /// </summary>
        public int[] HrsMeanOhm { get; set; }

        /// <summary>
        /// Cycle-to-cycle standard deviation of the HRS resistance at each <see cref="HrsStopVoltageMv"/>, Ω.
        /// Bianchi 2023 Fig. 1g, source data sheet Figure_1_g, column R_std, sample σ (n − 1) of 10 cycles.
        /// The HRS spread is modelled as log-normal in resistance, with median and σ_ln chosen so that
        /// the distribution's mean and standard deviation equal the table's (moment matching): the pooled
        /// skewness of the 130 standardised Fig. 1g values is 0.40 in R but 0.07 in ln R, and HRS is
        /// reported log-normal for oxide RRAM in general (anchors.md §3.7).
        /// </summary>
        public int[] HrsSigmaOhm { get; set; }

        /// <summary>
        /// Switch: cycle-to-cycle spread of the LRS reached by SET/FORM (<see cref="LrsSigmaOhm"/>).
        /// Off: every SET returns the table mean for its I_C.
        /// </summary>
        public bool EnableSetVariability { get; set; }

        /// <summary>
        /// Switch: cycle-to-cycle spread of the HRS reached by RESET (<see cref="HrsSigmaOhm"/>).
        /// Off: every RESET returns the table mean for its V_STOP.
        /// </summary>
        public bool EnableResetVariability { get; set; }

        /// <summary>Switch: read noise (<see cref="ReadNoiseRelativeSigma"/>). Off: a read returns the stored conductance.</summary>
        public bool EnableReadNoise { get; set; }

        /// <summary>
        /// Switch: device-to-device variation (<see cref="DeviceToDeviceSigmaLn"/>). Off: every device
        /// factor is exactly 1.0. Off in <see cref="PaperSiOx1T1R"/> (opt-in; on in <see cref="HarshArray"/>):
        /// the paper gives no D2D statistics, its Fig. 1 spreads are single-device cycle-to-cycle data, and
        /// switching it on changes the place-cell agent's learning run by run (measured over 6 seeds on the
        /// A→B→A experiment: convergence within a block delayed for 2 seeds, docs/device-model.md).
        /// </summary>
        public bool EnableDeviceToDeviceVariation { get; set; }

        /// <summary>
        /// Read noise, relative σ of each read about the stored conductance, dimensionless (0.01 = 1 %),
        /// Gaussian, independent per read. Default 1 %: aihwkit advises ~1 % short-term read noise
        /// (forward.w_noise = 0.01, ReRamWan2022NoiseModel docs); VirtualArC uses ±1 % (anchors.md §3.1,
        /// §3.9; docs/device-model.md). The paper gives no read-noise figure.
        /// </summary>
        public float ReadNoiseRelativeSigma { get; set; }

        /// <summary>
        /// Device-to-device variation, σ of ln(factor), dimensionless. Each cell gets one log-normal
        /// factor (median 1) that multiplies every conductance it is programmed to, LRS and HRS alike.
        /// Paper preset 0.06: the paper has no D2D table, but the LRS of different synapses of the same
        /// array in operation spans ≈ 89–106 µS (Bianchi 2023 Fig. 3c/3j/3k, paper.md §4), about ±9 % as a
        /// range, i.e. σ_ln ≈ 0.06. Literature fits to other ReRAM give 0.2–0.3 (single devices) and
        /// 0.7–0.8 (arrays) (aihwkit presets, anchors.md §3.1, §3.9); <see cref="HarshArray"/> uses 0.2.
        /// </summary>
        public float DeviceToDeviceSigmaLn { get; set; }

        /// <summary>
        /// Every Gaussian draw of the model (SET, RESET in ln R, read noise, D2D in ln G) is truncated
        /// at ±this many σ by redrawing, number of σ. Default 4: keeps a SET with a wide spread from
        /// producing a zero or negative resistance (harsh preset at 50 µA: 4.4 σ to zero) while changing
        /// the σ by only 0.1 %. A model choice, not a measured value.
        /// </summary>
        public float DrawTruncationSigma { get; set; }

        /// <summary>
        /// Lowest LRS resistance a SET or FORM may return, Ω. A guard against non-physical values if
        /// someone configures a very wide σ; the lowest LRS the paper measured is 5656 Ω (Fig. 1d,
        /// 170 µA), so with the shipped presets the guard never acts. A model choice, not a measured value.
        /// </summary>
        public int MinimumLrsOhm { get; set; }

        /// <summary>
        /// Switch: relaxation of the conductance after programming (also a device-level forgetting).
        /// Off in every preset but <see cref="HarshArray"/>: the paper has no retention data, and a
        /// simulated experiment lasts milliseconds of virtual time, over which ln(1 + t/t0) is ~0 anyway.
        /// Needs the array to know the time (<c>ReRamArray.AttachClock</c>) and costs 4 bytes per device.
        /// </summary>
        public bool EnableRelaxation { get; set; }

        /// <summary>
        /// Mean conductance shift per unit of ln(1 + t/t0) after programming, nS (negative: G falls).
        /// Default −89 nS: −0.0890·ln(t) µS, G-independent, IBM CMO/HfOx relaxation model in aihwkit
        /// (ReRamCMONoiseModel, anchors.md §3.1, §3.9); −0.73 µS after 1 h. No SiOx value is published.
        /// </summary>
        public int RelaxationMeanShiftNsPerLn { get; set; }

        /// <summary>
        /// Growth of the device-to-device spread of the relaxation per unit of ln(1 + t/t0), nS. Default 42 nS:
        /// σ_relax = 0.0420·ln(t) + 0.4118 µS (aihwkit ReRamCMONoiseModel, anchors.md §3.9); the constant
        /// 0.41 µS is the programming error at t0, already in the cycle-to-cycle spread, so only the
        /// time-dependent part is added. Each programming draws one persistent deviate per device.
        /// </summary>
        public int RelaxationSigmaNsPerLn { get; set; }

        /// <summary>
        /// Time constant t0 of the relaxation law ΔG = (mean + σ·z)·ln(1 + t/t0), ms. Default 1000 ms: the
        /// aihwkit fit is in ln(t/1 s); ln(1 + t/t0) equals it for t ≫ t0 and is 0 (not −∞) at t = 0.
        /// </summary>
        public int RelaxationTimeConstantMs { get; set; }

        /// <summary>
        /// Lowest conductance relaxation can bring a device to, nS. Default 100 nS (10 MΩ): above the
        /// never-formed level, below the deepest HRS of the paper (≈1 µS). A model choice.
        /// </summary>
        public int RelaxationFloorNs { get; set; }

        /// <summary>
        /// Endurance: SET/RESET cycles (one SET + one RESET) after which the window is closed, cycles.
        /// 0 = no wear-out (every preset but <see cref="HarshArray"/>). The array counts pulses in a 16-bit
        /// counter that saturates at 65535 pulses (32767 cycles): a budget above that never wears out within a
        /// simulated run. SiOx/HfOx 1T1R devices are specified for 1e4–1e6 cycles (anchors.md §3.3, MemTorch
        /// Endurance model); a 120-trial experiment gives a single device at most a few hundred pulses.
        /// Costs 2 bytes per device.
        /// </summary>
        public int EnduranceCycles { get; set; }

        /// <summary>
        /// Fraction of <see cref="EnduranceCycles"/> after which the window starts to close, ‰. Default 800.
        /// Between onset and budget the programmed conductance moves geometrically towards
        /// <see cref="EnduranceClosedConductanceNs"/> (fraction c = (n − onset)/(budget − onset)):
        /// G' = G^(1−c)·G_closed^c; LRS falls (filament shrinkage, the dominant HfO2 1T1R endurance
        /// failure, anchors.md §3.7) and HRS rises, until the device no longer switches. A model choice.
        /// </summary>
        public int EnduranceOnsetPermille { get; set; }

        /// <summary>
        /// Conductance a worn-out device ends at, nS. Default 25 000 nS (40 kΩ): about the geometric
        /// mean of the paper's mid LRS (7 kΩ at 110 µA) and mid HRS (192 kΩ at −1.3 V) (Fig. 1e/1g).
        /// </summary>
        public int EnduranceClosedConductanceNs { get; set; }

        /// <summary>
        /// Conductance of a never-formed (pristine) device, nS. Default 100 nS (10 MΩ): a pristine SiOx
        /// cell is far more resistive than any HRS the paper reports (≤ 1.04 MΩ, Fig. 1c). Used by the
        /// never-formed fault (<c>FaultConfig.NeverFormedFraction</c>). A model choice.
        /// </summary>
        public int NeverFormedConductanceNs { get; set; }

        /// <summary>
        /// The paper's device: the Fig. 1e/f LRS table with its cycle-to-cycle σ, the Fig. 1g HRS table with
        /// its cycle-to-cycle σ, 1 % read noise. Opt-in (off here, parameters set to the documented values):
        /// device-to-device variation (σ_ln 0.06), relaxation, endurance wear-out.
        /// </summary>
        public static DeviceModelParameters PaperSiOx1T1R()
        {
            DeviceModelParameters p = new DeviceModelParameters();

            // Bianchi 2023 Fig. 1e/1f (source data sheets Figure_1_e, Figure_1_f): I_C set-point, mean of
            // 25 cycles, sample σ of 25 cycles.
            p.LrsComplianceUa = new int[] { 50, 62, 74, 86, 98, 110, 122, 134, 146, 158, 170 };
            p.LrsMeanOhm = new int[] { 12082, 10761, 9777, 8330, 7583, 7003, 6829, 6535, 6159, 6038, 5742 };
            p.LrsSigmaOhm = new int[] { 1369, 597, 544, 270, 214, 164, 163, 134, 71, 66, 62 };

            // Bianchi 2023 Fig. 1g (source data sheet Figure_1_g): V_STOP, mean of 10 cycles, sample σ of
            // 10 cycles.
            p.HrsStopVoltageMv = new int[] { -1000, -1050, -1100, -1144, -1200, -1248, -1300, -1339, -1400, -1442, -1500, -1545, -1600 };
            p.HrsMeanOhm = new int[] { 111995, 108548, 163320, 176974, 175084, 193347, 192046, 216787, 206747, 229208, 282369, 319138, 373969 };
            p.HrsSigmaOhm = new int[] { 89665, 38705, 49234, 105095, 54455, 64615, 57379, 90335, 49292, 70002, 60331, 58900, 108287 };

            p.EnableSetVariability = true;
            p.EnableResetVariability = true;
            p.EnableReadNoise = true;
            p.EnableDeviceToDeviceVariation = false; // opt-in: see the property's remarks
            p.ReadNoiseRelativeSigma = 0.01f;
            p.DeviceToDeviceSigmaLn = 0.06f;
            p.DrawTruncationSigma = 4f;
            p.MinimumLrsOhm = 1000;
            p.EnableRelaxation = false;
            p.RelaxationMeanShiftNsPerLn = -89;
            p.RelaxationSigmaNsPerLn = 42;
            p.RelaxationTimeConstantMs = 1000;
            p.RelaxationFloorNs = 100;
            p.EnduranceCycles = 0;
            p.EnduranceOnsetPermille = 800;
            p.EnduranceClosedConductanceNs = 25000;
            p.NeverFormedConductanceNs = 100;
            return p;
        }

        /// <summary>
        /// The paper's tables with every non-ideality off: a SET returns exactly the table mean LRS for
        /// its I_C, a RESET exactly the table mean HRS for its V_STOP, reads return the stored value, every
        /// device factor is 1.0, and no random number is consumed.
        /// </summary>
        public static DeviceModelParameters Ideal()
        {
            DeviceModelParameters p = PaperSiOx1T1R();
            p.EnableSetVariability = false;
            p.EnableResetVariability = false;
            p.EnableReadNoise = false;
            p.EnableDeviceToDeviceVariation = false;
            p.EnableRelaxation = false;
            p.EnduranceCycles = 0;
            return p;
        }

        /// <summary>
        /// A pessimistic array for robustness tests: the paper's means, with twice the paper's
        /// cycle-to-cycle σ for LRS and HRS, 3 % read noise, D2D σ_ln 0.2 (lower end of literature
        /// single-device fits, anchors.md §3.9), relaxation on at twice the aihwkit CMO/HfOx drift and spread
        /// growth (a pessimistic bound: there is no SiOx retention data to calibrate on) and an endurance
        /// budget of 10 000 cycles (the low end of the 1e4–1e6 literature range). Not a measured device.
        /// </summary>
        public static DeviceModelParameters HarshArray()
        {
            DeviceModelParameters p = PaperSiOx1T1R();
            ScaleInPlace(p.LrsSigmaOhm, 2);
            ScaleInPlace(p.HrsSigmaOhm, 2);
            p.ReadNoiseRelativeSigma = 0.03f;
            p.DeviceToDeviceSigmaLn = 0.2f;
            p.EnableDeviceToDeviceVariation = true;
            p.EnableRelaxation = true;
            p.RelaxationMeanShiftNsPerLn = 2 * p.RelaxationMeanShiftNsPerLn;
            p.RelaxationSigmaNsPerLn = 2 * p.RelaxationSigmaNsPerLn;
            p.EnduranceCycles = 10000;
            return p;
        }

        /// <summary>
        /// Mean LRS resistance for a SET at <paramref name="complianceUa"/>, Ω: linear in I_C between
        /// table points, clamped to the first/last point outside the table.
        /// </summary>
        public float LrsMeanOhmAt(int complianceUa)
        {
            return Interpolate(LrsComplianceUa, LrsMeanOhm, complianceUa);
        }

        /// <summary>Cycle-to-cycle σ of the LRS resistance at <paramref name="complianceUa"/>, Ω (interpolated like the mean).</summary>
        public float LrsSigmaOhmAt(int complianceUa)
        {
            return Interpolate(LrsComplianceUa, LrsSigmaOhm, complianceUa);
        }

        /// <summary>
        /// Mean HRS resistance for a RESET stopping at <paramref name="stopVoltageMv"/> (negative), Ω:
        /// linear in V_STOP between table points, clamped outside the table.
        /// </summary>
        public float HrsMeanOhmAt(int stopVoltageMv)
        {
            return Interpolate(HrsStopVoltageMv, HrsMeanOhm, stopVoltageMv);
        }

        /// <summary>Cycle-to-cycle σ of the HRS resistance at <paramref name="stopVoltageMv"/>, Ω (interpolated like the mean).</summary>
        public float HrsSigmaOhmAt(int stopVoltageMv)
        {
            return Interpolate(HrsStopVoltageMv, HrsSigmaOhm, stopVoltageMv);
        }

        /// <summary>
        /// Checks that the tables are usable: same lengths, at least one point, keys strictly monotonic
        /// (I_C ascending, V_STOP descending, all negative), means positive, σ not negative, and the scalar
        /// settings in range.
        /// </summary>
        /// <exception cref="ArgumentException">A table or setting is unusable; the message says which.</exception>
        public void Validate()
        {
            CheckTable(LrsComplianceUa, LrsMeanOhm, LrsSigmaOhm, "LRS");
            CheckTable(HrsStopVoltageMv, HrsMeanOhm, HrsSigmaOhm, "HRS");
            for (int i = 0; i < LrsComplianceUa.Length; i++)
            {
                if (LrsComplianceUa[i] <= 0 || (i > 0 && LrsComplianceUa[i] <= LrsComplianceUa[i - 1]))
                {
                    throw new ArgumentException("LrsComplianceUa must be positive and strictly ascending");
                }
            }

            for (int i = 0; i < HrsStopVoltageMv.Length; i++)
            {
                if (HrsStopVoltageMv[i] >= 0 || (i > 0 && HrsStopVoltageMv[i] >= HrsStopVoltageMv[i - 1]))
                {
                    throw new ArgumentException("HrsStopVoltageMv must be negative and strictly descending");
                }
            }

            if (!(ReadNoiseRelativeSigma >= 0f) || !(DeviceToDeviceSigmaLn >= 0f))
            {
                throw new ArgumentException("ReadNoiseRelativeSigma and DeviceToDeviceSigmaLn must not be negative");
            }

            if (!(DrawTruncationSigma > 0f))
            {
                throw new ArgumentException("DrawTruncationSigma must be positive");
            }

            if (MinimumLrsOhm <= 0)
            {
                throw new ArgumentException("MinimumLrsOhm must be positive");
            }

            if (RelaxationTimeConstantMs <= 0 || RelaxationFloorNs < 0 || RelaxationSigmaNsPerLn < 0)
            {
                throw new ArgumentException("RelaxationTimeConstantMs must be positive, RelaxationFloorNs and RelaxationSigmaNsPerLn not negative");
            }

            if (EnduranceCycles < 0 || EnduranceOnsetPermille < 0 || EnduranceOnsetPermille >= 1000 || EnduranceClosedConductanceNs <= 0)
            {
                throw new ArgumentException("EnduranceCycles must not be negative, EnduranceOnsetPermille in 0..999, EnduranceClosedConductanceNs positive");
            }

            if (NeverFormedConductanceNs < 0)
            {
                throw new ArgumentException("NeverFormedConductanceNs must not be negative");
            }
        }

        private static void CheckTable(int[] keys, int[] means, int[] sigmas, string name)
        {
            if (keys == null || means == null || sigmas == null || keys.Length == 0
                || means.Length != keys.Length || sigmas.Length != keys.Length)
            {
                throw new ArgumentException(name + " table: the three arrays must exist and have the same, non-zero length");
            }

            for (int i = 0; i < keys.Length; i++)
            {
                if (means[i] <= 0 || sigmas[i] < 0)
                {
                    throw new ArgumentException(name + " table: means must be positive and σ not negative");
                }
            }
        }

        /// <summary>
        /// Piecewise-linear interpolation of <paramref name="values"/> over <paramref name="keys"/>, which
        /// are strictly monotonic (ascending or descending), clamped at both ends.
        /// </summary>
        private static float Interpolate(int[] keys, int[] values, int key)
        {
            int last = keys.Length - 1;
            bool ascending = last == 0 || keys[last] > keys[0];

            // Map to an ascending axis so one loop serves both tables.
            int sign = ascending ? 1 : -1;
            int x = sign * key;
            if (x <= sign * keys[0])
            {
                return values[0];
            }

            if (x >= sign * keys[last])
            {
                return values[last];
            }

            int upper = 1;
            while (sign * keys[upper] < x)
            {
                upper++;
            }

            int x0 = sign * keys[upper - 1];
            int x1 = sign * keys[upper];
            float fraction = (float)(x - x0) / (x1 - x0);
            return values[upper - 1] + fraction * (values[upper] - values[upper - 1]);
        }

        private static void ScaleInPlace(int[] values, int factor)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] *= factor;
            }
        }
    }
}
