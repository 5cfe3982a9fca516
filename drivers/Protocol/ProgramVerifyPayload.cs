namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// PROGRAM_VERIFY (0x21, protocol 1.1). Request: a 28-byte parameter header shared by every cell,
    /// then count x 12-byte cell entries. Response: u32 energy (pJ) then count x 8-byte results, in
    /// request order. The algorithm the board runs is the one in <c>ProgramVerifyPolicy</c>
    /// (docs/protocol.md §5.9); the MCU runs the same algorithm over READ_CELLS + PULSE_LIST when the
    /// board lacks the capability, so results are comparable.
    /// </summary>
    public static class ProgramVerifyPayload
    {
        public const int ReadMv = 0;             // u16 verify read voltage, mV
        public const int Samples = 2;            // u8 samples per verify read, 1..255
        public const int MaxAttempts = 3;        // u8 most pulses per cell, 1..255
        public const int SetAmplitudeMv = 4;     // u16 SET amplitude, mV
        public const int ComplianceStartUa = 6;  // u16 first SET compliance, µA
        public const int ComplianceMinUa = 8;    // u16 SET compliance never goes below, µA
        public const int ComplianceMaxUa = 10;   // u16 SET compliance never goes above, µA
        public const int ComplianceStepUa = 12;  // u16 compliance adaptation step, µA (0 = fixed)
        public const int StopStartMv = 14;       // u16 first RESET stop-voltage magnitude, mV
        public const int StopMinMv = 16;         // u16 |V_STOP| never goes below, mV
        public const int StopMaxMv = 18;         // u16 |V_STOP| never goes above, mV
        public const int StopStepMv = 20;        // u16 stop-voltage adaptation step, mV (0 = fixed)
        public const int Count = 22;             // u8 cells, 1..MaxCells
        public const int Reserved = 23;          // u8, 0
        public const int WidthNs = 24;           // u32 width of every SET and RESET pulse, ns
        public const int HeaderBytes = 28;

        public const int EntryPlace = 0;         // u16
        public const int EntryDevice = 2;        // u8 0..8
        public const int EntryReserved = 3;      // u8, 0
        public const int EntryLowNs = 4;         // u32 window low bound, nS (inclusive)
        public const int EntryHighNs = 8;        // u32 window high bound, nS (inclusive), >= low
        public const int EntryBytes = 12;
        public const int MaxCells = (FrameLayout.MaxPayloadBytes - HeaderBytes) / EntryBytes;

        public const int ResponseEnergyPj = 0;   // u32 energy of every pulse applied, pJ
        public const int ResponseHeaderBytes = 4;
        public const int ResultOutcome = 0;      // u8 ProgramVerifyOutcome
        public const int ResultPulses = 1;       // u8 pulses applied to this cell
        public const int ResultReserved = 2;     // u16, 0
        public const int ResultFinalNs = 4;      // u32 last verify read, nS
        public const int ResultBytes = 8;
    }
}
