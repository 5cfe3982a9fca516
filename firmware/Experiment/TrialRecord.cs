namespace ReRamNav.Firmware.Experiment
{
    /// <summary>
    /// The measured outcome of one trial: one telemetry line on the device, one CSV row on the host
    /// (docs/formats.md, trials.csv). Counters cover the trial only.
    /// </summary>
    public sealed class TrialRecord
    {
        /// <summary>1-based trial number over the whole experiment.</summary>
        public int Trial;
        /// <summary>1-based block number (a block = consecutive trials on one layout).</summary>
        public int Block;
        /// <summary>1-based trial number within the block.</summary>
        public int TrialInBlock;
        /// <summary>Name of the layout (the maze file's name without extension, or A / B for the built-ins).</summary>
        public string Layout;
        public int StartRow;
        public int StartCol;
        /// <summary>Every fire of the network in this trial: moves (recall moves included) and wall bumps.</summary>
        public int Steps;
        /// <summary>Shortest path from the start to a goal cell with 8 moves (breadth-first search).</summary>
        public int OptimalSteps;
        public bool ReachedGoal;
        /// <summary>Wall bumps.</summary>
        public int Penalties;
        public long Sets;
        public long Resets;
        /// <summary>Device reads (one per conductance value returned).</summary>
        public long Reads;
        public long SpiTransactions;
        public long SpiBytes;
        /// <summary>Energy of pulses, reads and neuron integration in this trial, pJ.</summary>
        public long EnergyPj;
        /// <summary>Of which: neuron integration (closed form), pJ.</summary>
        public long IntegrationEnergyPj;
        /// <summary>Modelled hardware time of the trial (SPI transfers, reads, pulses, waits), µs.</summary>
        public long TimeUs;
        /// <summary>Sum of the neurons' integration times to fire, ns.</summary>
        public long IntegrationTimeNs;
        /// <summary>Driver retries during the trial (0 on a clean link).</summary>
        public long Retries;
    }
}
