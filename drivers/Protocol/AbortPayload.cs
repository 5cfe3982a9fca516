namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// ABORT (0x04, protocol 1.1) response layout, 4 bytes; the request has no payload. ABORT is the
    /// only command a board decodes while BUSY. It answers what it stopped.
    /// </summary>
    public static class AbortPayload
    {
        public const int AbortedOpcode = 0;      // u8 opcode that was running (0 = nothing was running)
        public const int AbortedSequence = 1;    // u8 its sequence number
        public const int ItemsCompleted = 2;     // u16 pulses completed before the stop (PULSE_LIST entries
                                                 //     or PROGRAM_VERIFY pulses); a pulse in flight is not counted
        public const int ResponseBytes = 4;
    }
}
