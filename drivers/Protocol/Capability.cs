namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// Capability bits announced in IDENT (u32). A driver uses an optional opcode only when its bit is
    /// set, and refuses the call with <c>BoardErrorKind.NotSupported</c> otherwise, before sending a byte.
    /// Bits are never reused. Bits 0..2 are version 1.0; the others arrived with 1.1.
    /// </summary>
    public static class Capability
    {
        public const uint ReadNeighbourhood = 1u << 0;
        public const uint PulseList = 1u << 1;
        public const uint ReadCells = 1u << 2;
        /// <summary>STATUS (0x02): error counters, last error, pulse count.</summary>
        public const uint Status = 1u << 3;
        /// <summary>ABORT (0x04) is decoded while BUSY and stops a running PULSE_LIST / PROGRAM_VERIFY.</summary>
        public const uint Abort = 1u << 4;
        /// <summary>READ_BLOCK (0x12): contiguous place block, device mask, n-sample averaging.</summary>
        public const uint ReadBlock = 1u << 5;
        /// <summary>Board-side CMOS neuron bank: NEURON_LOAD (0x30) and NEURON_INTEGRATE (0x31).</summary>
        public const uint NeuronBank = 1u << 8;
        /// <summary>Board-side program-and-verify: PROGRAM_VERIFY (0x21).</summary>
        public const uint ProgramVerify = 1u << 9;

        /// <summary>Every bit version 1.0 defines.</summary>
        public const uint AllVersion10 = ReadNeighbourhood | PulseList | ReadCells;
        /// <summary>Every bit version 1.1 defines (a board may announce a subset).</summary>
        public const uint AllVersion11 = AllVersion10 | Status | Abort | ReadBlock | NeuronBank | ProgramVerify;
    }
}
