using ReRamNav.Drivers.Protocol;

namespace ReRamNav.HalMock.Faults
{
    /// <summary>
    /// Every fault the virtual board can inject, in one seeded object. Array faults (stuck-at-LRS/HRS,
    /// never-formed, stopped-switching devices, dead rows and columns) are applied by
    /// <see cref="ReRamArray.ApplyFaults"/>; bus faults (SPI bit errors, dropped or stuck READY) by the
    /// wrappers <see cref="FaultySpiBus"/> and <see cref="FaultyReadyLine"/>. <see cref="FaultInjector"/>
    /// does both for a <see cref="VirtualBoard"/>. The same seed gives the same faults, on PC and MCU; the
    /// fault generators are separate from the board's, so injecting bus faults does not change any device draw.
    /// </summary>
    public sealed class FaultConfig
    {
        /// <summary>Seed of the fault map and of the bus-fault generators.</summary>
        public uint Seed = 1;

        // --- array faults (rates: fraction of all devices, 0..1, each device independently) ---

        /// <summary>Fraction of devices stuck at LRS (the mean LRS at the highest compliance of the table); pulses do nothing.
        /// Measured in research arrays: corrupt devices 9.8–13.5 % (aihwkit array presets, anchors.md §3.9); a good chip far less.</summary>
        public float StuckAtLrsFraction;
        /// <summary>Fraction of devices stuck at HRS (the mean HRS at the deepest stop voltage); pulses do nothing.</summary>
        public float StuckAtHrsFraction;
        /// <summary>Fraction of devices that never formed: pristine, <c>DeviceModelParameters.NeverFormedConductanceNs</c>, pulses do nothing.</summary>
        public float NeverFormedFraction;
        /// <summary>Fraction of devices that stopped switching: they keep the conductance they had when the faults were applied.</summary>
        public float StopSwitchingFraction;
        /// <summary>Devices stuck at LRS, as flat indices (<see cref="DeviceIndex"/>); null = none. Override the random map.</summary>
        public int[] StuckAtLrsDevices;
        /// <summary>Devices stuck at HRS, as flat indices (<see cref="DeviceIndex"/>); null = none.</summary>
        public int[] StuckAtHrsDevices;
        /// <summary>Dead (open) rows of the place grid: every device of every place in the row reads 0 nS and ignores pulses. null = none.</summary>
        public int[] DeadRows;
        /// <summary>Dead (open) columns of the place grid; null = none.</summary>
        public int[] DeadCols;

        // --- bus faults ---

        /// <summary>Probability that a frame on the bus (a command frame on MOSI, or a response frame on MISO) has one
        /// byte corrupted (one random bit of one random byte flipped), 0..1.</summary>
        public float SpiFrameErrorProbability;
        /// <summary>Independent bit error rate on both lines of every transfer, per bit, 0..1 (e.g. 1e-4).</summary>
        public float SpiBitErrorRate;
        /// <summary>Corrupt what the MCU sends (MOSI). Default true.</summary>
        public bool CorruptCommands = true;
        /// <summary>Corrupt what the board sends (MISO). Default true.</summary>
        public bool CorruptResponses = true;
        /// <summary>Probability that READY never rises for one command (the MCU sees it low until it gives up), 0..1.</summary>
        public float ReadyDropProbability;
        /// <summary>READY stuck low (busy) for good, from command number <see cref="ReadyStuckAfterCommands"/> on.</summary>
        public bool ReadyStuckBusy;
        /// <summary>Commands that pass before READY sticks low (0 = from the first command).</summary>
        public int ReadyStuckAfterCommands;
        /// <summary>Board resets (RESET line pulsed, or a brown-out) just before these command transfers, counted from 1
        /// over the run; null = none. The array keeps its state (ReRAM is non-volatile); the board forgets its replay
        /// cache, counters and neuron thresholds (<see cref="VirtualBoard.Reset"/>). Needs <see cref="FaultInjector"/>.</summary>
        public int[] BoardResetBeforeCommands;

        /// <summary>No faults at all.</summary>
        public static FaultConfig None()
        {
            return new FaultConfig();
        }

        /// <summary>Flat device index used by the explicit lists: place · 9 + device.</summary>
        public static int DeviceIndex(int place, int device)
        {
            return place * Payloads.DevicesPerPlace + device;
        }

        /// <summary>True if any array fault is configured.</summary>
        public bool HasArrayFaults
        {
            get
            {
                return StuckAtLrsFraction > 0f || StuckAtHrsFraction > 0f || NeverFormedFraction > 0f || StopSwitchingFraction > 0f
                    || StuckAtLrsDevices != null || StuckAtHrsDevices != null || DeadRows != null || DeadCols != null;
            }
        }
    }
}
