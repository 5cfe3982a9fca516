namespace ReRamNav.Drivers.Protocol
{
    /// <summary>Capability bits announced in IDENT. A driver uses an optional opcode only when its bit is set.</summary>
    public static class Capability
    {
        public const uint ReadNeighbourhood = 1u << 0;
        public const uint PulseList = 1u << 1;
        public const uint ReadCells = 1u << 2;
        /// <summary>Board-side CMOS neuron bank (a later protocol minor).</summary>
        public const uint NeuronBank = 1u << 8;
        /// <summary>Board-side program-and-verify (a later protocol minor).</summary>
        public const uint ProgramVerify = 1u << 9;
    }
}
