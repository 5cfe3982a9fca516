using System;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// Behavioural model of one kind of SiOx 1T1R ReRAM cell (Bianchi et al., Nat. Commun. 14, 1565,
    /// 2023): what conductance a SET at a given compliance current, a RESET at a given stop voltage, or a
    /// read returns, with the measured cycle-to-cycle spread, read noise and device-to-device variation.
    /// </summary>
    /// <remarks>
    /// The model is stateless per cell: the caller (the virtual board) stores each cell's conductance
    /// and device factor and passes them in. That keeps the model allocation-free and lets one
    /// instance serve a whole array. All randomness comes from the one shared <see cref="Prng"/>, so a
    /// seed reproduces a run; with a parameter's switch off, the corresponding draw consumes no random
    /// numbers at all.
    /// Out-of-table requests are clamped to the nearest table point; refusing them is the job of the
    /// caller's safety limits. Conductances are in nS, resistances in Ω; G[nS] = 10^9 / R[Ω].
    /// Relaxation, endurance wear-out and the hash-derived device-to-device factor are in
    /// SiOxDeviceModel.Aging.cs; stuck-at, never-formed and dead-line faults are applied by
    /// <see cref="ReRamArray"/> (hal-mock/Faults/FaultConfig.cs). Parameters and sources: docs/device-model.md.
    /// Not modelled: gradual (partial) SET/RESET by pulse amplitude or width, read disturb, sneak paths.
    /// </remarks>
    public sealed partial class SiOxDeviceModel
    {
        /// <summary>1.0 in the Q16.16 fixed-point format of device factors.</summary>
        public const int UnityDeviceFactorQ16 = 65536;

        private const float NanoSiemensPerSiemens = 1e9f;
        private const float Q16Scale = 65536f;

        private readonly DeviceModelParameters _parameters;
        private readonly Prng _prng;

        /// <summary>Creates a model drawing from <paramref name="prng"/> with <paramref name="parameters"/> (validated here).</summary>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="ArgumentException">The parameters are unusable (see <see cref="DeviceModelParameters.Validate"/>).</exception>
        public SiOxDeviceModel(DeviceModelParameters parameters, Prng prng)
        {
            if (parameters == null)
            {
                throw new ArgumentNullException(nameof(parameters));
            }

            if (prng == null)
            {
                throw new ArgumentNullException(nameof(prng));
            }

            parameters.Validate();
            _parameters = parameters;
            _prng = prng;
        }

        /// <summary>The parameters this model reads on every draw (a live reference, not a copy).</summary>
        public DeviceModelParameters Parameters
        {
            get { return _parameters; }
        }

        /// <summary>The shared random number generator.</summary>
        public Prng Prng
        {
            get { return _prng; }
        }

        /// <summary>
        /// Conductance of a nominal device (device factor 1.0) after a SET pulse limited to
        /// <paramref name="complianceUa"/>, nS. Gaussian in resistance with the table mean and σ at that
        /// I_C (interpolated), truncated at ±<see cref="DeviceModelParameters.DrawTruncationSigma"/> σ and
        /// floored at <see cref="DeviceModelParameters.MinimumLrsOhm"/>.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="complianceUa"/> is not positive.</exception>
        public int SetConductanceNs(int complianceUa)
        {
            return SetConductanceNs(complianceUa, UnityDeviceFactorQ16);
        }

        /// <summary>
        /// As <see cref="SetConductanceNs(int)"/> for a device whose device-to-device factor is
        /// <paramref name="deviceFactorQ16"/> (Q16.16, from <see cref="DrawDeviceFactorQ16"/>): the drawn
        /// conductance is multiplied by the factor.
        /// </summary>
        public int SetConductanceNs(int complianceUa, int deviceFactorQ16)
        {
            if (complianceUa <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(complianceUa));
            }

            float resistanceOhm = _parameters.LrsMeanOhmAt(complianceUa);
            if (_parameters.EnableSetVariability)
            {
                resistanceOhm += _parameters.LrsSigmaOhmAt(complianceUa) * NextTruncatedGaussian();
            }

            if (resistanceOhm < _parameters.MinimumLrsOhm)
            {
                resistanceOhm = _parameters.MinimumLrsOhm;
            }

            return ToConductanceNs(resistanceOhm, deviceFactorQ16);
        }

        /// <summary>
        /// Conductance after the first SET of a pristine device (electroforming), nS. For now identical to
        /// <see cref="SetConductanceNs(int)"/>: the paper gives no forming data, and its devices are
        /// characterised only after forming. A separate entry point so that forming voltage, forming
        /// failures and a different first-cycle LRS can be added without touching callers.
        /// </summary>
        public int FormConductanceNs(int complianceUa)
        {
            return SetConductanceNs(complianceUa, UnityDeviceFactorQ16);
        }

        /// <summary>As <see cref="FormConductanceNs(int)"/> for a device with factor <paramref name="deviceFactorQ16"/> (Q16.16).</summary>
        public int FormConductanceNs(int complianceUa, int deviceFactorQ16)
        {
            return SetConductanceNs(complianceUa, deviceFactorQ16);
        }

        /// <summary>
        /// Conductance of a nominal device after a RESET whose sweep stops at <paramref name="stopVoltageMv"/>
        /// (negative, e.g. −1600), nS. Log-normal in resistance with median and σ_ln chosen so that the
        /// distribution's mean and σ equal the table's at that V_STOP (interpolated):
        /// σ_ln² = ln(1 + σ²/μ²), median = μ / √(1 + σ²/μ²). The normal deviate is truncated at
        /// ±<see cref="DeviceModelParameters.DrawTruncationSigma"/>.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="stopVoltageMv"/> is not negative.</exception>
        public int ResetConductanceNs(int stopVoltageMv)
        {
            return ResetConductanceNs(stopVoltageMv, UnityDeviceFactorQ16);
        }

        /// <summary>As <see cref="ResetConductanceNs(int)"/> for a device with factor <paramref name="deviceFactorQ16"/> (Q16.16).</summary>
        public int ResetConductanceNs(int stopVoltageMv, int deviceFactorQ16)
        {
            if (stopVoltageMv >= 0)
            {
                // A RESET is a negative sweep on this device; a positive stop voltage is a sign error.
                throw new ArgumentOutOfRangeException(nameof(stopVoltageMv));
            }

            float meanOhm = _parameters.HrsMeanOhmAt(stopVoltageMv);
            float resistanceOhm = meanOhm;
            if (_parameters.EnableResetVariability)
            {
                float relativeSigma = _parameters.HrsSigmaOhmAt(stopVoltageMv) / meanOhm;
                float varianceFactor = 1f + relativeSigma * relativeSigma;
                float sigmaLn = FloatMath.Sqrt(FloatMath.Ln(varianceFactor));
                float medianOhm = meanOhm / FloatMath.Sqrt(varianceFactor);
                resistanceOhm = medianOhm * FloatMath.Exp(sigmaLn * NextTruncatedGaussian());
            }

            return ToConductanceNs(resistanceOhm, deviceFactorQ16);
        }

        /// <summary>
        /// One read of a cell holding <paramref name="storedConductanceNs"/>, nS: the stored value times
        /// (1 + <see cref="DeviceModelParameters.ReadNoiseRelativeSigma"/>·z), z standard normal truncated at
        /// ±<see cref="DeviceModelParameters.DrawTruncationSigma"/>, independent per read, never below 0.
        /// The stored value is not changed (no read disturb).
        /// </summary>
        public int ReadConductanceNs(int storedConductanceNs)
        {
            if (!_parameters.EnableReadNoise || storedConductanceNs <= 0)
            {
                return storedConductanceNs < 0 ? 0 : storedConductanceNs;
            }

            float readNs = storedConductanceNs * (1f + _parameters.ReadNoiseRelativeSigma * NextTruncatedGaussian());
            return RoundToNonNegativeInt(readNs);
        }

        /// <summary>
        /// Draws one cell's device-to-device factor, Q16.16 (65536 = 1.0): log-normal with median 1 and
        /// σ_ln = <see cref="DeviceModelParameters.DeviceToDeviceSigmaLn"/>, truncated at
        /// ±<see cref="DeviceModelParameters.DrawTruncationSigma"/> σ. Exactly 65536, with no random number
        /// consumed, when device-to-device variation is off. Draw it once per cell and keep it.
        /// </summary>
        public int DrawDeviceFactorQ16()
        {
            if (!_parameters.EnableDeviceToDeviceVariation)
            {
                return UnityDeviceFactorQ16;
            }

            float factor = FloatMath.Exp(_parameters.DeviceToDeviceSigmaLn * NextTruncatedGaussian());
            return RoundToNonNegativeInt(factor * Q16Scale);
        }

        /// <summary>Standard normal deviate redrawn until it lies within ±DrawTruncationSigma.</summary>
        private float NextTruncatedGaussian()
        {
            float limit = _parameters.DrawTruncationSigma;
            float z = _prng.NextGaussian();

            // Redraws are rare (6e-5 per draw at 4 σ); the cap only bounds a pathological setting.
            for (int attempt = 0; attempt < 64 && (z > limit || z < -limit); attempt++)
            {
                z = _prng.NextGaussian();
            }

            if (z > limit)
            {
                z = limit;
            }
            else if (z < -limit)
            {
                z = -limit;
            }

            return z;
        }

        /// <summary>G[nS] = 10^9 / R[Ω], times the Q16.16 device factor, rounded to the nearest nS.</summary>
        private static int ToConductanceNs(float resistanceOhm, int deviceFactorQ16)
        {
            float conductanceNs = NanoSiemensPerSiemens / resistanceOhm;
            if (deviceFactorQ16 != UnityDeviceFactorQ16)
            {
                conductanceNs *= deviceFactorQ16 / Q16Scale;
            }

            return RoundToNonNegativeInt(conductanceNs);
        }

        private static int RoundToNonNegativeInt(float value)
        {
            if (!(value > 0f))
            {
                return 0;
            }

            if (value >= 2147483520f)
            {
                return int.MaxValue;
            }

            return (int)(value + 0.5f);
        }
    }
}
