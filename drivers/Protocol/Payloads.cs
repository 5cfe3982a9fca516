namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// Payload layouts of every opcode (docs/protocol.md §5). All multi-byte fields little-endian.
    /// Offsets are relative to the start of the payload.
    /// </summary>
    public static class Payloads
    {
        /// <summary>Devices per place: 8 directional synapses (index = direction N..NW) + 1 state device.</summary>
        public const int DevicesPerPlace = 9;
        /// <summary>Device index of the place's state device (its neuron threshold).</summary>
        public const int StateDevice = 8;
        /// <summary>Conductance value the board returns for a neighbour outside the array.</summary>
        public const uint NoCellConductance = 0xFFFFFFFF;

        // IDENT response (42 bytes)
        public const int IdentMagic = 0;            // u32 FrameLayout.IdentMagic
        public const int IdentProtocolMajor = 4;    // u8
        public const int IdentProtocolMinor = 5;    // u8
        public const int IdentRows = 6;             // u16 places per column of the grid
        public const int IdentCols = 8;             // u16
        public const int IdentDevicesPerPlace = 10; // u8 (9 in version 1)
        public const int IdentReserved = 11;        // u8, 0
        public const int IdentNeuronCount = 12;     // u16, CMOS neurons on the board (0 = none)
        public const int IdentCapabilities = 14;    // u32 bit set, see Capability
        public const int IdentSerial = 18;          // u32
        public const int IdentLimits = 22;          // SafetyLimits block, 20 bytes (SafetyLimitsCodec)
        public const int IdentBytes = 42;

        // READ_NEIGHBOURHOOD request (6 bytes) and response (17 x u32 conductance in nS)
        public const int ReadNbrReadMv = 0;         // u16 read voltage, mV
        public const int ReadNbrSamples = 2;        // u8 samples averaged per device (>= 1)
        public const int ReadNbrReserved = 3;       // u8, 0
        public const int ReadNbrPlace = 4;          // u16 place index = row * cols + col
        public const int ReadNbrRequestBytes = 6;
        /// <summary>Response: synapse[d] of the place for d = 0..7, then state device of neighbour d
        /// for d = 0..7 (NoCellConductance off the array), then the place's own state device.</summary>
        public const int ReadNbrValues = 17;
        public const int ReadNbrResponseBytes = ReadNbrValues * 4;

        // READ_CELLS request: header 4 bytes + count x 3 bytes; response count x u32 nS
        public const int ReadCellsReadMv = 0;       // u16
        public const int ReadCellsSamples = 2;      // u8
        public const int ReadCellsCount = 3;        // u8, 1..MaxReadCells
        public const int ReadCellsHeaderBytes = 4;
        public const int ReadCellsEntryBytes = 3;   // u16 place, u8 device
        public const int MaxReadCells = 255;

        // PULSE_LIST request: header 2 bytes + count x 12 bytes; response u32 energy + count x u8 status
        public const int PulseCount = 0;            // u8, 1..MaxPulses
        public const int PulseReserved = 1;         // u8, 0
        public const int PulseHeaderBytes = 2;
        public const int PulseEntryBytes = 12;
        public const int PulseEntryKind = 0;        // u8 PulseKind
        public const int PulseEntryDevice = 1;      // u8 0..8
        public const int PulseEntryPlace = 2;       // u16
        public const int PulseEntryAmplitudeMv = 4; // u16 magnitude: V_SET / V_FORM, or |V_STOP| for RESET
        public const int PulseEntryComplianceUa = 6;// u16 I_C for SET/FORM; 0 for RESET
        public const int PulseEntryWidthNs = 8;     // u32
        public const int MaxPulses = (FrameLayout.MaxPayloadBytes - PulseHeaderBytes) / PulseEntryBytes;
        public const int PulseResponseEnergyPj = 0; // u32 energy the board delivered for the whole list, pJ
        public const int PulseResponseHeaderBytes = 4;
    }
}
