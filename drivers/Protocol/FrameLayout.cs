namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// Byte layout shared by command and response frames (docs/protocol.md §3):
    /// <code>
    /// offset 0      sync (0xA5 command, 0x5A response)
    /// offset 1      opcode (command) / status (response)
    /// offset 2      sequence number (response echoes the command's)
    /// offset 3..4   payload length, u16 little-endian
    /// offset 5..    payload
    /// last 2 bytes  CRC-16/CCITT-FALSE over offsets 1 .. end of payload, little-endian
    /// </code>
    /// </summary>
    public static class FrameLayout
    {
        public const byte CommandSync = 0xA5;
        public const byte ResponseSync = 0x5A;
        public const int HeaderBytes = 5;
        public const int CrcBytes = 2;
        public const int OverheadBytes = HeaderBytes + CrcBytes;
        /// <summary>Largest payload either side may send; both sides size their buffers from it.</summary>
        public const int MaxPayloadBytes = 1024;
        public const int MaxFrameBytes = MaxPayloadBytes + OverheadBytes;

        public const int OffsetSync = 0;
        public const int OffsetOpcodeOrStatus = 1;
        public const int OffsetSequence = 2;
        public const int OffsetLength = 3;
        public const int OffsetPayload = 5;

        /// <summary>Protocol version this code speaks. A board with another major is refused; any minor of
        /// the same major is accepted, and optional opcodes are used only when their capability bit is set.</summary>
        public const byte ProtocolMajor = 1;
        public const byte ProtocolMinor = 1;

        /// <summary>"RRNV" read as a u32 little-endian: the IDENT magic, so a floating or stuck bus
        /// (all 0x00 or 0xFF) can never pass as a board.</summary>
        public const uint IdentMagic = 0x564E5252;
    }
}
