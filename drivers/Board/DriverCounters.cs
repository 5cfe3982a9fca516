namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// Everything the driver did, counted since construction (or the last <see cref="CopyFrom"/> snapshot
    /// subtraction by the caller). Plain fields so that reading them never allocates.
    /// </summary>
    public sealed class DriverCounters
    {
        /// <summary>Command/response exchanges started (a retry counts again).</summary>
        public long Transactions;
        public long ReadTransactions;
        public long WriteTransactions;
        /// <summary>Bytes clocked on SPI in both frames of every exchange (full duplex: bytes out = bytes in).</summary>
        public long SpiBytes;
        /// <summary>Devices read (one per value returned).</summary>
        public long DeviceReads;
        public long Sets;
        public long Resets;
        public long Forms;
        /// <summary>Energy delivered to the array by pulses (reported by the board) and reads (computed
        /// here as V_read^2 * G * t_read), femtojoules.</summary>
        public long EnergyFj;
        /// <summary>Energy of the pulses alone, as the board reported it, pJ (part of <see cref="EnergyFj"/>).</summary>
        public long PulseEnergyPj;
        public long Retries;
        public long Timeouts;
        public long CorruptResponses;
        public long Nacks;
        public long LimitRefusals;
        /// <summary>ABORT commands sent (by the caller or after READY timeouts on a write).</summary>
        public long Aborts;
        /// <summary>Cells run through program-and-verify (MCU or board side) and how many passed.</summary>
        public long ProgramVerifyCells;
        public long ProgramVerifyPasses;
        /// <summary>NEURON_INTEGRATE runs.</summary>
        public long NeuronIntegrations;

        public void CopyFrom(DriverCounters other)
        {
            Transactions = other.Transactions;
            ReadTransactions = other.ReadTransactions;
            WriteTransactions = other.WriteTransactions;
            SpiBytes = other.SpiBytes;
            DeviceReads = other.DeviceReads;
            Sets = other.Sets;
            Resets = other.Resets;
            Forms = other.Forms;
            EnergyFj = other.EnergyFj;
            PulseEnergyPj = other.PulseEnergyPj;
            Retries = other.Retries;
            Timeouts = other.Timeouts;
            CorruptResponses = other.CorruptResponses;
            Nacks = other.Nacks;
            LimitRefusals = other.LimitRefusals;
            Aborts = other.Aborts;
            ProgramVerifyCells = other.ProgramVerifyCells;
            ProgramVerifyPasses = other.ProgramVerifyPasses;
            NeuronIntegrations = other.NeuronIntegrations;
        }
    }
}
