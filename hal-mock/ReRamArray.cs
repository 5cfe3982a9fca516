using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock.Model;

namespace ReRamNav.HalMock
{
    /// <summary>
    /// The array of the virtual board: for each place, 8 synapse devices and 1 state device, each
    /// holding its conductance in nS (4 bytes per device: 900 places x 9 devices = 32.4 KB).
    /// Programming follows the 1T1R physics the paper uses: a SET can only raise the conductance to
    /// the LRS set by the compliance current, a RESET can only lower it to the HRS set by the stop
    /// voltage (a device already beyond the target is left where it is).
    /// </summary>
    public sealed class ReRamArray
    {
        private readonly int[] _conductanceNs;
        private readonly SiOxDeviceModel _model;

        public ReRamArray(int placeCount, SiOxDeviceModel model, int initialResetStopMv)
        {
            PlaceCount = placeCount;
            _model = model;
            _conductanceNs = new int[placeCount * Payloads.DevicesPerPlace];
            for (int i = 0; i < _conductanceNs.Length; i++)
            {
                _conductanceNs[i] = model.ResetConductanceNs(initialResetStopMv);
            }
        }

        public int PlaceCount { get; private set; }

        public SiOxDeviceModel Model { get { return _model; } }

        /// <summary>The stored conductance, without read noise (for tests and dumps).</summary>
        public int StoredNs(int place, int device)
        {
            return _conductanceNs[place * Payloads.DevicesPerPlace + device];
        }

        /// <summary>A read: the stored conductance plus read noise.</summary>
        public int ReadNs(int place, int device)
        {
            return _model.ReadConductanceNs(_conductanceNs[place * Payloads.DevicesPerPlace + device]);
        }

        /// <summary>Applies one pulse; returns the energy delivered, pJ.</summary>
        public long ApplyPulse(byte kind, int place, int device, int amplitudeMv, int complianceUa, int widthNs)
        {
            int index = place * Payloads.DevicesPerPlace + device;
            int before = _conductanceNs[index];
            if (kind == PulseKind.Reset)
            {
                int target = _model.ResetConductanceNs(-amplitudeMv);
                _conductanceNs[index] = target < before ? target : before;
                return SiOxDeviceModel.ResetEnergyPj(amplitudeMv, before, widthNs);
            }
            int lrs = kind == PulseKind.Form ? _model.FormConductanceNs(complianceUa) : _model.SetConductanceNs(complianceUa);
            _conductanceNs[index] = lrs > before ? lrs : before;
            return SiOxDeviceModel.SetEnergyPj(amplitudeMv, complianceUa, widthNs);
        }
    }
}
