using System;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock.Faults;
using ReRamNav.HalMock.Model;

namespace ReRamNav.HalMock
{
    /// <summary>
    /// The array of the virtual board: for each place, 8 synapse devices and 1 state device, each
    /// holding its conductance in nS. Programming follows the 1T1R physics the paper uses: a SET can only
    /// raise the conductance to the LRS set by the compliance current, a RESET can only lower it to the HRS
    /// set by the stop voltage (a device already beyond the target is left where it is).
    /// </summary>
    /// <remarks>
    /// Per-device state and memory (docs/device-model.md §Memory):
    /// conductance, int, 4 bytes, always; program time, int ms, 4 bytes, only with relaxation on;
    /// pulse count, ushort, 2 bytes, only with an endurance budget; fault kind, byte, 1 byte, only after
    /// <see cref="ApplyFaults"/>. A 30×30 maze (8100 devices) takes 32.4 KB with the paper preset.
    /// The device-to-device factor, the fault map and the relaxation deviates are hashes of a construction
    /// seed and the device index (<see cref="SiOxDeviceModel.DeviceFactorQ16"/>): no memory, no draw from the
    /// shared generator. The construction seed is taken from the generator's state without advancing it.
    /// Device index = place · 9 + device (<see cref="FaultConfig.DeviceIndex"/>).
    /// Reads, pulses and the relaxation do not allocate once the optional arrays exist.
    /// </remarks>
    public sealed class ReRamArray
    {
        private readonly int[] _conductanceNs;
        private readonly SiOxDeviceModel _model;
        private readonly ulong _constructionSeed;
        private int[] _programTimeMs;
        private ushort[] _pulseCount;
        private byte[] _faultKind;
        private IClock _clock;

        /// <summary>Counters of what the array did (plain fields: reading them never allocates).</summary>
        public long PulsesApplied;
        public long PulsesIgnoredByFaults;

        /// <summary>
        /// Creates <paramref name="placeCount"/> places, every device RESET at <paramref name="initialResetStopMv"/>
        /// (negative) with its device-to-device factor.
        /// </summary>
        public ReRamArray(int placeCount, SiOxDeviceModel model, int initialResetStopMv)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            PlaceCount = placeCount;
            _model = model;
            uint s0, s1, s2, s3;
            model.Prng.GetState(out s0, out s1, out s2, out s3);
            _constructionSeed = ((ulong)s0 | ((ulong)s1 << 32)) ^ (((ulong)s2 << 16) | ((ulong)s3 << 48));
            _conductanceNs = new int[placeCount * Payloads.DevicesPerPlace];
            EnsureOptionalState();
            for (int i = 0; i < _conductanceNs.Length; i++)
            {
                _conductanceNs[i] = model.ResetConductanceNs(initialResetStopMv, model.DeviceFactorQ16(_constructionSeed, i));
            }
        }

        public int PlaceCount { get; private set; }

        /// <summary>Number of devices (places × 9).</summary>
        public int DeviceCount { get { return _conductanceNs.Length; } }

        public SiOxDeviceModel Model { get { return _model; } }

        /// <summary>The seed of the per-device hashes (device-to-device factor, relaxation deviates).</summary>
        public ulong ConstructionSeed { get { return _constructionSeed; } }

        /// <summary>
        /// Gives the array the board's time, for relaxation. Without a clock the array's time stands at 0 and
        /// nothing relaxes. The virtual board should call this with its <see cref="VirtualClock"/>.
        /// </summary>
        public void AttachClock(IClock clock)
        {
            _clock = clock;
        }

        /// <summary>Bytes of per-device state this array holds now (see the remarks of the class).</summary>
        public int StateBytes
        {
            get
            {
                int bytes = _conductanceNs.Length * 4;
                if (_programTimeMs != null) bytes += _programTimeMs.Length * 4;
                if (_pulseCount != null) bytes += _pulseCount.Length * 2;
                if (_faultKind != null) bytes += _faultKind.Length;
                return bytes;
            }
        }

        /// <summary>The stored conductance as last programmed, without relaxation or read noise (for tests and dumps).</summary>
        public int StoredNs(int place, int device)
        {
            return _conductanceNs[place * Payloads.DevicesPerPlace + device];
        }

        /// <summary>The conductance a noise-free read would see now: stored value after relaxation, 0 on a dead line.</summary>
        public int EffectiveNs(int place, int device)
        {
            return EffectiveNs(place * Payloads.DevicesPerPlace + device);
        }

        /// <summary>A read: the effective conductance plus read noise.</summary>
        public int ReadNs(int place, int device)
        {
            return _model.ReadConductanceNs(EffectiveNs(place * Payloads.DevicesPerPlace + device));
        }

        /// <summary>The fault of a device (an <see cref="ArrayFaultKind"/> constant).</summary>
        public byte FaultOf(int place, int device)
        {
            return _faultKind == null ? ArrayFaultKind.None : _faultKind[place * Payloads.DevicesPerPlace + device];
        }

        /// <summary>SET/RESET/FORM pulses a device has received (saturates at 65535); 0 without an endurance budget.</summary>
        public int PulseCountOf(int place, int device)
        {
            return _pulseCount == null ? 0 : _pulseCount[place * Payloads.DevicesPerPlace + device];
        }

        /// <summary>Applies one pulse; returns the energy delivered, pJ.</summary>
        public long ApplyPulse(byte kind, int place, int device, int amplitudeMv, int complianceUa, int widthNs)
        {
            EnsureOptionalState();
            int index = place * Payloads.DevicesPerPlace + device;
            int before = EffectiveNs(index);
            if (_faultKind != null && _faultKind[index] != ArrayFaultKind.None)
            {
                PulsesIgnoredByFaults++;
                if (_faultKind[index] == ArrayFaultKind.DeadLine)
                {
                    return 0; // an open line: no current flows
                }

                return kind == PulseKind.Reset
                    ? SiOxDeviceModel.ResetEnergyPj(amplitudeMv, before, widthNs)
                    : SiOxDeviceModel.SetEnergyPj(amplitudeMv, complianceUa, widthNs);
            }

            PulsesApplied++;
            int pulses = 0;
            if (_pulseCount != null)
            {
                pulses = _pulseCount[index];
                if (pulses < 65535)
                {
                    pulses++;
                    _pulseCount[index] = (ushort)pulses;
                }
            }

            int factorQ16 = _model.DeviceFactorQ16(_constructionSeed, index);
            long energyPj;
            int after;
            if (kind == PulseKind.Reset)
            {
                int target = _model.WornConductanceNs(_model.ResetConductanceNs(-amplitudeMv, factorQ16), pulses);
                after = target < before ? target : before;
                energyPj = SiOxDeviceModel.ResetEnergyPj(amplitudeMv, before, widthNs);
            }
            else
            {
                int lrs = kind == PulseKind.Form ? _model.FormConductanceNs(complianceUa, factorQ16) : _model.SetConductanceNs(complianceUa, factorQ16);
                lrs = _model.WornConductanceNs(lrs, pulses);
                after = lrs > before ? lrs : before;
                energyPj = SiOxDeviceModel.SetEnergyPj(amplitudeMv, complianceUa, widthNs);
            }

            if (after != before)
            {
                // The device switched: the new value is stored and its relaxation clock restarts. A pulse that
                // leaves the device where it was leaves its relaxation running.
                _conductanceNs[index] = after;
                if (_programTimeMs != null)
                {
                    _programTimeMs[index] = NowMs();
                }
            }

            return energyPj;
        }

        /// <summary>
        /// Applies the array faults of <paramref name="faults"/> (replacing any applied before): a fault map of one
        /// byte per device, random fractions drawn per device from a hash of <see cref="FaultConfig.Seed"/> and the
        /// device index, then the explicit lists and dead lines on top. Stuck and never-formed devices take their
        /// level at once. <paramref name="placeColumns"/> is the width of the place grid (for dead rows/columns).
        /// With no array fault configured the map is removed.
        /// </summary>
        public void ApplyFaults(FaultConfig faults, int placeColumns)
        {
            if (faults == null || !faults.HasArrayFaults)
            {
                _faultKind = null;
                return;
            }

            if (placeColumns <= 0 || PlaceCount % placeColumns != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(placeColumns));
            }

            byte[] map = new byte[_conductanceNs.Length];
            float lrsEdge = faults.StuckAtLrsFraction;
            float hrsEdge = lrsEdge + faults.StuckAtHrsFraction;
            float formEdge = hrsEdge + faults.NeverFormedFraction;
            float stopEdge = formEdge + faults.StopSwitchingFraction;
            for (int i = 0; i < map.Length; i++)
            {
                float u = Prng.HashUnitFloat(Prng.HashKey(faults.Seed, i, 0x46415500));
                map[i] = u < lrsEdge ? ArrayFaultKind.StuckAtLrs
                    : u < hrsEdge ? ArrayFaultKind.StuckAtHrs
                    : u < formEdge ? ArrayFaultKind.NeverFormed
                    : u < stopEdge ? ArrayFaultKind.StoppedSwitching
                    : ArrayFaultKind.None;
            }

            MarkList(map, faults.StuckAtLrsDevices, ArrayFaultKind.StuckAtLrs);
            MarkList(map, faults.StuckAtHrsDevices, ArrayFaultKind.StuckAtHrs);
            int rows = PlaceCount / placeColumns;
            if (faults.DeadRows != null)
            {
                for (int k = 0; k < faults.DeadRows.Length; k++)
                {
                    int row = faults.DeadRows[k];
                    for (int col = 0; col < placeColumns && row >= 0 && row < rows; col++)
                    {
                        MarkPlace(map, row * placeColumns + col);
                    }
                }
            }

            if (faults.DeadCols != null)
            {
                for (int k = 0; k < faults.DeadCols.Length; k++)
                {
                    int col = faults.DeadCols[k];
                    for (int row = 0; row < rows && col >= 0 && col < placeColumns; row++)
                    {
                        MarkPlace(map, row * placeColumns + col);
                    }
                }
            }

            int lrsNs = _model.StuckAtLrsConductanceNs();
            int hrsNs = _model.StuckAtHrsConductanceNs();
            int pristineNs = _model.Parameters.NeverFormedConductanceNs;
            for (int i = 0; i < map.Length; i++)
            {
                byte kind = map[i];
                if (kind == ArrayFaultKind.StuckAtLrs) _conductanceNs[i] = lrsNs;
                else if (kind == ArrayFaultKind.StuckAtHrs) _conductanceNs[i] = hrsNs;
                else if (kind == ArrayFaultKind.NeverFormed) _conductanceNs[i] = pristineNs;
                else if (kind == ArrayFaultKind.StoppedSwitching) _conductanceNs[i] = EffectiveNs(i);
            }

            _faultKind = map;
        }

        /// <summary>Counts devices with fault <paramref name="kind"/> (an <see cref="ArrayFaultKind"/> constant).</summary>
        public int CountFaults(byte kind)
        {
            int count = 0;
            for (int i = 0; i < _conductanceNs.Length; i++)
            {
                byte k = _faultKind == null ? ArrayFaultKind.None : _faultKind[i];
                if (k == kind) count++;
            }

            return count;
        }

        private int EffectiveNs(int index)
        {
            if (_faultKind != null)
            {
                byte kind = _faultKind[index];
                if (kind == ArrayFaultKind.DeadLine)
                {
                    return 0;
                }

                if (kind != ArrayFaultKind.None)
                {
                    return _conductanceNs[index]; // stuck devices hold their level; no relaxation
                }
            }

            int storedNs = _conductanceNs[index];
            if (_programTimeMs == null || _clock == null || !_model.Parameters.EnableRelaxation)
            {
                return storedNs;
            }

            int programMs = _programTimeMs[index];
            long ageMs = (long)NowMs() - programMs;
            return _model.RelaxedConductanceNs(storedNs, ageMs, SiOxDeviceModel.RelaxationDeviate(_constructionSeed, index, programMs));
        }

        private int NowMs()
        {
            if (_clock == null)
            {
                return 0;
            }

            long ms = _clock.NowUs / 1000;
            return ms > int.MaxValue ? int.MaxValue : (int)ms;
        }

        /// <summary>Allocates the program-time and pulse-count arrays once their effect is switched on (parameters are live).</summary>
        private void EnsureOptionalState()
        {
            DeviceModelParameters p = _model.Parameters;
            if (p.EnableRelaxation && _programTimeMs == null)
            {
                _programTimeMs = new int[_conductanceNs.Length];
                int now = NowMs();
                for (int i = 0; i < _programTimeMs.Length; i++)
                {
                    _programTimeMs[i] = now;
                }
            }

            if (p.EnduranceCycles > 0 && _pulseCount == null)
            {
                _pulseCount = new ushort[_conductanceNs.Length];
            }
        }

        private static void MarkList(byte[] map, int[] devices, byte kind)
        {
            if (devices == null)
            {
                return;
            }

            for (int k = 0; k < devices.Length; k++)
            {
                int i = devices[k];
                if (i >= 0 && i < map.Length)
                {
                    map[i] = kind;
                }
            }
        }

        private static void MarkPlace(byte[] map, int place)
        {
            for (int d = 0; d < Payloads.DevicesPerPlace; d++)
            {
                map[place * Payloads.DevicesPerPlace + d] = ArrayFaultKind.DeadLine;
            }
        }
    }
}
