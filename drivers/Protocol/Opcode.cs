namespace ReRamNav.Drivers.Protocol
{
    /// <summary>Command opcodes of the ReRamNav board protocol (docs/protocol.md §5).
    /// 0x0_ = board management, 0x1_ = reads, 0x2_ = programming pulses.
    /// New opcodes are added, never renumbered; a board announces what it supports in IDENT.</summary>
    public static class Opcode
    {
        /// <summary>Identity, geometry, capabilities and the board's own hard limits.</summary>
        public const byte Ident = 0x01;
        /// <summary>Return every output to the safe idle state (all lines grounded, gates off).</summary>
        public const byte SafeIdle = 0x03;
        /// <summary>Read a list of devices (place, device) at a read voltage.</summary>
        public const byte ReadCells = 0x10;
        /// <summary>Read the 8 synapses of one place, the state devices of its 8 neighbours and its own
        /// state device in one transaction: everything one agent step needs.</summary>
        public const byte ReadNeighbourhood = 0x11;
        /// <summary>Apply a list of SET / RESET / FORM pulses, in order, in one transaction.</summary>
        public const byte PulseList = 0x20;
    }
}
