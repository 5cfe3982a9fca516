namespace ReRamNav.Firmware.Agent
{
    /// <summary>
    /// Tiny seeded generator for the agent's own random choices (which synapses start in HRS).
    /// The agent has no other randomness: like the paper's hardware, ties are broken by device
    /// variability. Kept separate from the virtual board's PRNG because the firmware must not depend
    /// on hal-mock, and a real board has no PRNG of ours.
    /// </summary>
    public sealed class SplitMix32
    {
        private uint _state;

        public SplitMix32(uint seed)
        {
            _state = seed;
        }

        public uint Next()
        {
            _state += 0x9E3779B9;
            uint z = _state;
            z = (z ^ (z >> 16)) * 0x85EBCA6B;
            z = (z ^ (z >> 13)) * 0xC2B2AE35;
            return z ^ (z >> 16);
        }

        /// <summary>Uniform in 0..maxExclusive-1 (modulo bias below 1e-6 for the small ranges used here).</summary>
        public int NextInt(int maxExclusive)
        {
            return (int)(Next() % (uint)maxExclusive);
        }
    }
}
