namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// Seals and checks frames in caller-owned buffers (layout in <see cref="FrameLayout"/>).
    /// Used by both sides: the driver seals commands and checks responses, the virtual board checks
    /// commands and seals responses, so the two cannot drift apart. Allocation-free.
    /// </summary>
    public static class FrameCodec
    {
        /// <summary>Writes the header and CRC around a payload already placed at
        /// <see cref="FrameLayout.OffsetPayload"/>; returns the frame length in bytes.</summary>
        public static int Seal(byte[] frame, byte sync, byte opcodeOrStatus, byte sequence, int payloadLength)
        {
            frame[FrameLayout.OffsetSync] = sync;
            frame[FrameLayout.OffsetOpcodeOrStatus] = opcodeOrStatus;
            frame[FrameLayout.OffsetSequence] = sequence;
            LittleEndian.WriteU16(frame, FrameLayout.OffsetLength, payloadLength);
            int crcOffset = FrameLayout.OffsetPayload + payloadLength;
            ushort crc = Crc16Ccitt.Compute(frame, FrameLayout.OffsetOpcodeOrStatus, crcOffset - FrameLayout.OffsetOpcodeOrStatus);
            LittleEndian.WriteU16(frame, crcOffset, crc);
            return crcOffset + FrameLayout.CrcBytes;
        }

        /// <summary>
        /// Checks a received frame of <paramref name="receivedBytes"/> bytes (it may be followed by
        /// padding). Returns <see cref="StatusCode.Ok"/> and the payload length, or the status that
        /// says what is wrong: BAD_SYNC, BAD_LENGTH (declared length larger than what arrived or than
        /// the maximum) or BAD_CRC. Never throws, whatever the bytes.
        /// </summary>
        public static byte Check(byte[] frame, int receivedBytes, byte expectedSync, out int payloadLength)
        {
            payloadLength = 0;
            if (receivedBytes < FrameLayout.OverheadBytes || frame.Length < FrameLayout.OverheadBytes)
            {
                return StatusCode.BadLength;
            }
            if (frame[FrameLayout.OffsetSync] != expectedSync)
            {
                return StatusCode.BadSync;
            }
            int declared = LittleEndian.ReadU16(frame, FrameLayout.OffsetLength);
            if (declared > FrameLayout.MaxPayloadBytes || FrameLayout.OverheadBytes + declared > receivedBytes
                || FrameLayout.OverheadBytes + declared > frame.Length)
            {
                return StatusCode.BadLength;
            }
            int crcOffset = FrameLayout.OffsetPayload + declared;
            ushort expected = Crc16Ccitt.Compute(frame, FrameLayout.OffsetOpcodeOrStatus, crcOffset - FrameLayout.OffsetOpcodeOrStatus);
            if (LittleEndian.ReadU16(frame, crcOffset) != expected)
            {
                return StatusCode.BadCrc;
            }
            payloadLength = declared;
            return StatusCode.Ok;
        }
    }
}
