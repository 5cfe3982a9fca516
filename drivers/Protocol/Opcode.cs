namespace ReRamNav.Drivers.Protocol
{
    /// <summary>Command opcodes of the ReRamNav board protocol (docs/protocol.md §5).
    /// 0x0_ = board management, 0x1_ = reads, 0x2_ = programming, 0x3_ = neuron bank.
    /// New opcodes are added, never renumbered; a board announces what it supports in IDENT
    /// (<see cref="Capability"/>). Version 1.0: IDENT, SAFE_IDLE, READ_CELLS, READ_NEIGHBOURHOOD,
    /// PULSE_LIST. Version 1.1 adds STATUS, ABORT, READ_BLOCK, PROGRAM_VERIFY, NEURON_LOAD, NEURON_INTEGRATE.</summary>
    public static class Opcode
    {
        /// <summary>Identity, geometry, capabilities and the board's own hard limits.</summary>
        public const byte Ident = 0x01;
        /// <summary>Error counters, last error, pulse and read counts (1.1, <see cref="Capability.Status"/>).</summary>
        public const byte Status = 0x02;
        /// <summary>Return every output to the safe idle state (all lines grounded, gates off).</summary>
        public const byte SafeIdle = 0x03;
        /// <summary>Stop the running command, go to safe idle; the one command a board accepts while BUSY
        /// (1.1, <see cref="Capability.Abort"/>).</summary>
        public const byte Abort = 0x04;
        /// <summary>Read a list of devices (place, device) at a read voltage.</summary>
        public const byte ReadCells = 0x10;
        /// <summary>Read the 8 synapses of one place, the state devices of its 8 neighbours and its own
        /// state device in one transaction: everything one agent step needs.</summary>
        public const byte ReadNeighbourhood = 0x11;
        /// <summary>Read a contiguous block of places (whole rows, for a map), selected devices, n-sample
        /// averaged (1.1, <see cref="Capability.ReadBlock"/>).</summary>
        public const byte ReadBlock = 0x12;
        /// <summary>Apply a list of SET / RESET / FORM pulses, in order, in one transaction.</summary>
        public const byte PulseList = 0x20;
        /// <summary>Board-side program-and-verify of a list of cells to conductance windows
        /// (1.1, <see cref="Capability.ProgramVerify"/>).</summary>
        public const byte ProgramVerify = 0x21;
        /// <summary>Load thresholds into the CMOS neuron bank (1.1, <see cref="Capability.NeuronBank"/>).</summary>
        public const byte NeuronLoad = 0x30;
        /// <summary>Integrate synapse currents into the neuron bank until the first neuron fires
        /// (1.1, <see cref="Capability.NeuronBank"/>).</summary>
        public const byte NeuronIntegrate = 0x31;

        /// <summary>Protocol name of an opcode, as in docs/protocol.md.</summary>
        public static string Name(byte opcode)
        {
            switch (opcode)
            {
                case Ident: return "IDENT";
                case Status: return "STATUS";
                case SafeIdle: return "SAFE_IDLE";
                case Abort: return "ABORT";
                case ReadCells: return "READ_CELLS";
                case ReadNeighbourhood: return "READ_NEIGHBOURHOOD";
                case ReadBlock: return "READ_BLOCK";
                case PulseList: return "PULSE_LIST";
                case ProgramVerify: return "PROGRAM_VERIFY";
                case NeuronLoad: return "NEURON_LOAD";
                case NeuronIntegrate: return "NEURON_INTEGRATE";
                default: return "OPCODE_0x" + opcode.ToString("X2");
            }
        }
    }
}
