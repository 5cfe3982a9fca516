using ReRamNav.HalMock.Faults;

namespace ReRamNav.HalMock.Model
{
    /// <summary>
    /// A named virtual array: device-model parameters plus the array faults that come with them, so that
    /// one word on the command line (<c>--device paper|ideal|harsh</c>) or one call on the dev kit picks a
    /// whole board. Every value and its source is in docs/device-model.md §1.
    /// </summary>
    /// <remarks>
    /// The presets return fresh objects on every call: callers may edit them without changing anyone
    /// else's board. Faults are null when the preset has none, so a board built from "paper" or "ideal"
    /// allocates no fault map.
    /// </remarks>
    public sealed class DevicePreset
    {
        /// <summary>Name of the paper's SiOx 1T1R preset (the virtual board's default).</summary>
        public const string PaperName = "paper";

        /// <summary>Name of the preset with every non-ideality off (exactly deterministic).</summary>
        public const string IdealName = "ideal";

        /// <summary>Name of the pessimistic array preset.</summary>
        public const string HarshName = "harsh";

        /// <summary>Stuck-at-LRS fraction of the harsh array, 0..1: 2 %.</summary>
        /// <remarks>With <see cref="HarshStuckAtHrsFraction"/> and <see cref="HarshNeverFormedFraction"/> 5 % of
        /// all devices are dead: about half the corrupt-device rate aihwkit's array presets report for research
        /// arrays (9.8–13.5 %, anchors.md §3.9), far above a production chip. The 10 % stuck test covers the upper end.</remarks>
        public const float HarshStuckAtLrsFraction = 0.02f;

        /// <summary>Stuck-at-HRS fraction of the harsh array, 0..1: 2 % (see <see cref="HarshStuckAtLrsFraction"/>).</summary>
        public const float HarshStuckAtHrsFraction = 0.02f;

        /// <summary>Never-formed fraction of the harsh array, 0..1: 1 % (forming yield 99 %; see <see cref="HarshStuckAtLrsFraction"/>).</summary>
        public const float HarshNeverFormedFraction = 0.01f;

        /// <summary>Seed of the harsh array's fault map (a fixed chip: the same dead cells on every run).</summary>
        public const uint HarshFaultSeed = 2023;

        /// <summary>The preset's name, as accepted by <see cref="ByName"/>.</summary>
        public readonly string Name;

        /// <summary>Device-model parameters for <c>VirtualBoardConfig.Device</c>.</summary>
        public readonly DeviceModelParameters Device;

        /// <summary>Array faults to apply with <see cref="FaultInjector"/> or <c>ReRamArray.ApplyFaults</c>; null = none.</summary>
        public readonly FaultConfig Faults;

        private DevicePreset(string name, DeviceModelParameters device, FaultConfig faults)
        {
            Name = name;
            Device = device;
            Faults = faults;
        }

        /// <summary>The accepted names, in the order the CLI lists them.</summary>
        public static string[] Names()
        {
            return new string[] { PaperName, IdealName, HarshName };
        }

        /// <summary>
        /// The preset called <paramref name="name"/> (case-sensitive, lower case), or null if there is none:
        /// the caller reports the error with the accepted names.
        /// </summary>
        public static DevicePreset ByName(string name)
        {
            if (name == PaperName) return new DevicePreset(PaperName, DeviceModelParameters.PaperSiOx1T1R(), null);
            if (name == IdealName) return new DevicePreset(IdealName, DeviceModelParameters.Ideal(), null);
            if (name == HarshName) return new DevicePreset(HarshName, DeviceModelParameters.HarshArray(), HarshFaults());
            return null;
        }

        /// <summary>True if the device parameters need the board's clock in the array (relaxation on).</summary>
        public bool NeedsClock
        {
            get { return Device.EnableRelaxation; }
        }

        private static FaultConfig HarshFaults()
        {
            FaultConfig faults = new FaultConfig();
            faults.Seed = HarshFaultSeed;
            faults.StuckAtLrsFraction = HarshStuckAtLrsFraction;
            faults.StuckAtHrsFraction = HarshStuckAtHrsFraction;
            faults.NeverFormedFraction = HarshNeverFormedFraction;
            return faults;
        }
    }
}
