namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// STATUS (0x02, protocol 1.1) response layout, 56 bytes; the request has no payload.
    /// Counters are u32, count since power-on or board reset, and wrap at 2^32. A STATUS command is
    /// itself counted in <see cref="CommandsExecuted"/>. Offsets relative to the payload start.
    /// </summary>
    public static class StatusPayload
    {
        public const int Flags = 0;              // u8, StatusFlags bits
        public const int LastErrorStatus = 1;    // u8 status code of the last refused command (0 = none yet)
        public const int LastErrorOpcode = 2;    // u8 its opcode (0 when the frame was not decodable)
        public const int LastErrorSequence = 3;  // u8 its sequence number
        public const int CommandsExecuted = 4;   // u32 commands answered OK (replays not counted)
        public const int CommandsRejected = 8;   // u32 commands answered with any non-OK status
        public const int CrcErrors = 12;         // u32 BAD_CRC
        public const int FramingErrors = 16;     // u32 BAD_SYNC + BAD_LENGTH
        public const int UnknownOpcodes = 20;    // u32 UNKNOWN_OPCODE
        public const int AddressErrors = 24;     // u32 ADDRESS_OUT_OF_RANGE
        public const int LimitErrors = 28;       // u32 LIMIT_EXCEEDED
        public const int ParameterErrors = 32;   // u32 BAD_PARAMETER
        public const int Replays = 36;           // u32 responses replayed for a repeated sequence number
        public const int Aborts = 40;            // u32 ABORT commands that stopped a running command
        public const int PulseCount = 44;        // u32 pulses applied to the array (all kinds, PV included)
        public const int ReadSampleCount = 48;   // u32 device read samples taken (PV verify reads included)
        public const int IgnoredWhileBusy = 52;  // u32 SPI transfers ignored because the board was BUSY
        public const int ResponseBytes = 56;

        /// <summary>Flag: the board was executing a command. Always 0 in a STATUS response over SPI
        /// (STATUS only runs when idle); defined for boards that mirror STATUS on a debug port.</summary>
        public const byte FlagBusy = 1 << 0;
        /// <summary>Flag: all array lines grounded and gates off (must be 1 whenever the board is idle).</summary>
        public const byte FlagSafeIdle = 1 << 1;
        /// <summary>Flag: the last command before this STATUS was stopped by ABORT.</summary>
        public const byte FlagLastAborted = 1 << 2;
        /// <summary>Flag: no STATUS was read since power-on or reset (counters start from 0).</summary>
        public const byte FlagFreshReset = 1 << 3;
    }
}
