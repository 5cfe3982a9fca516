namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// The slow and per-device effects: device-to-device factor derived from a hash (no memory, no draw
    /// from the shared generator), relaxation of the conductance after programming, and endurance wear-out.
    /// All stateless: the caller (<see cref="ReRamArray"/>) keeps the per-device program time and pulse count.
    /// </summary>
    public sealed partial class SiOxDeviceModel
    {
        /// <summary>Salt of the hash key of the device-to-device factor.</summary>
        private const int DeviceFactorSalt = 0x44324400;

        /// <summary>Salt of the hash key of the relaxation deviate.</summary>
        private const int RelaxationSalt = 0x52454C00;

        /// <summary>
        /// The device-to-device factor of device <paramref name="deviceIndex"/> of an array built with
        /// <paramref name="constructionSeed"/>, Q16.16: log-normal, median 1, σ_ln =
        /// <see cref="DeviceModelParameters.DeviceToDeviceSigmaLn"/>, clamped at ±DrawTruncationSigma. A pure
        /// function of its arguments (aihwkit's "construction_seed" idea): asking twice gives the same
        /// factor, it needs no storage, and it consumes nothing from <see cref="Prng"/>.
        /// Exactly 65536 when device-to-device variation is off.
        /// </summary>
        public int DeviceFactorQ16(ulong constructionSeed, int deviceIndex)
        {
            if (!_parameters.EnableDeviceToDeviceVariation || _parameters.DeviceToDeviceSigmaLn == 0f)
            {
                return UnityDeviceFactorQ16;
            }

            float z = ClampToTruncation(Prng.HashGaussian(Prng.HashKey(constructionSeed, deviceIndex, DeviceFactorSalt)));
            return RoundToNonNegativeInt(FloatMath.Exp(_parameters.DeviceToDeviceSigmaLn * z) * Q16Scale);
        }

        /// <summary>
        /// The persistent relaxation deviate of device <paramref name="deviceIndex"/> for the programming
        /// that happened at <paramref name="programTimeMs"/>: standard normal, a pure function of its
        /// arguments (a new programming gives a new deviate, reading again gives the same one).
        /// </summary>
        public static float RelaxationDeviate(ulong constructionSeed, int deviceIndex, int programTimeMs)
        {
            return Prng.HashGaussian(Prng.HashKey(constructionSeed ^ (ulong)(uint)programTimeMs, deviceIndex, RelaxationSalt));
        }

        /// <summary>
        /// Conductance <paramref name="ageMs"/> after a device was programmed to <paramref name="programmedNs"/>, nS:
        /// G + (RelaxationMeanShiftNsPerLn + RelaxationSigmaNsPerLn·<paramref name="deviate"/>)·ln(1 + t/t0),
        /// floored at <see cref="DeviceModelParameters.RelaxationFloorNs"/> (and never raised above a floor the
        /// device was already below). Returns <paramref name="programmedNs"/> unchanged when relaxation is off.
        /// </summary>
        public int RelaxedConductanceNs(int programmedNs, long ageMs, float deviate)
        {
            if (!_parameters.EnableRelaxation || ageMs <= 0)
            {
                return programmedNs;
            }

            float lnAge = FloatMath.Ln(1f + (float)ageMs / _parameters.RelaxationTimeConstantMs);
            float shiftNs = (_parameters.RelaxationMeanShiftNsPerLn + _parameters.RelaxationSigmaNsPerLn * ClampToTruncation(deviate)) * lnAge;
            float relaxedNs = programmedNs + shiftNs;
            int floorNs = _parameters.RelaxationFloorNs < programmedNs ? _parameters.RelaxationFloorNs : programmedNs;
            if (relaxedNs < floorNs)
            {
                return floorNs;
            }

            return RoundToNonNegativeInt(relaxedNs);
        }

        /// <summary>
        /// Fraction of the window closed after <paramref name="pulseCount"/> SET/RESET pulses (2 pulses = 1 cycle),
        /// Q16.16 in 0..65536: 0 before EnduranceOnsetPermille·EnduranceCycles cycles, 1 at EnduranceCycles,
        /// linear between. Always 0 when <see cref="DeviceModelParameters.EnduranceCycles"/> is 0.
        /// </summary>
        public int WearQ16(int pulseCount)
        {
            int budget = _parameters.EnduranceCycles;
            if (budget <= 0)
            {
                return 0;
            }

            long onsetPulses = 2L * budget * _parameters.EnduranceOnsetPermille / 1000;
            long endPulses = 2L * budget;
            if (pulseCount <= onsetPulses)
            {
                return 0;
            }

            if (pulseCount >= endPulses)
            {
                return UnityDeviceFactorQ16;
            }

            return (int)((pulseCount - onsetPulses) * UnityDeviceFactorQ16 / (endPulses - onsetPulses));
        }

        /// <summary>
        /// A freshly programmed conductance <paramref name="programmedNs"/> of a device that has seen
        /// <paramref name="pulseCount"/> pulses, nS: G' = G^(1−c)·G_closed^c with c = <see cref="WearQ16"/>, so
        /// the LRS falls and the HRS rises until both sit at
        /// <see cref="DeviceModelParameters.EnduranceClosedConductanceNs"/> and the device no longer switches.
        /// </summary>
        public int WornConductanceNs(int programmedNs, int pulseCount)
        {
            int wearQ16 = WearQ16(pulseCount);
            if (wearQ16 == 0 || programmedNs <= 0)
            {
                return programmedNs;
            }

            float closure = wearQ16 / Q16Scale;
            float lnRatio = FloatMath.Ln((float)_parameters.EnduranceClosedConductanceNs / programmedNs);
            return RoundToNonNegativeInt(programmedNs * FloatMath.Exp(closure * lnRatio));
        }

        /// <summary>Mean LRS conductance at the highest compliance of the table, nS: the level of a stuck-at-LRS device.</summary>
        public int StuckAtLrsConductanceNs()
        {
            int[] compliance = _parameters.LrsComplianceUa;
            return ToConductanceNs(_parameters.LrsMeanOhmAt(compliance[compliance.Length - 1]), UnityDeviceFactorQ16);
        }

        /// <summary>Mean HRS conductance at the deepest stop voltage of the table, nS: the level of a stuck-at-HRS device.</summary>
        public int StuckAtHrsConductanceNs()
        {
            int[] stop = _parameters.HrsStopVoltageMv;
            return ToConductanceNs(_parameters.HrsMeanOhmAt(stop[stop.Length - 1]), UnityDeviceFactorQ16);
        }

        private float ClampToTruncation(float z)
        {
            float limit = _parameters.DrawTruncationSigma;
            if (z > limit)
            {
                return limit;
            }

            return z < -limit ? -limit : z;
        }
    }
}
