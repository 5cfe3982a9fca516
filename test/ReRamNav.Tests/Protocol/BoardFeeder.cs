using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Protocol
{
    /// <summary>Plays the MCU's side of the wire by hand: raw command bytes in, raw response bytes out.</summary>
    internal static class BoardFeeder
    {
        public static byte[] Parse(string hex)
        {
            string[] parts = hex.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            var bytes = new byte[parts.Length];
            for (int i = 0; i < parts.Length; i++) bytes[i] = System.Convert.ToByte(parts[i], 16);
            return bytes;
        }

        /// <summary>Sends a command, waits for READY (bounded, in virtual time), clocks out the response.
        /// Returns the response trimmed to its declared length, or null if READY never rose.</summary>
        public static byte[] Exchange(VirtualBoard board, byte[] command, int maxWaitUs = 1000000)
        {
            board.TransferFullDuplex(command, 0, new byte[command.Length], 0, command.Length);
            return ClockOut(board, maxWaitUs);
        }

        public static byte[] ClockOut(VirtualBoard board, int maxWaitUs = 1000000)
        {
            for (int waited = 0; !board.IsReady; waited++)
            {
                if (waited >= maxWaitUs) return null;
                board.Clock.DelayUs(1);
            }
            var buffer = new byte[FrameLayout.MaxFrameBytes];
            board.TransferFullDuplex(new byte[buffer.Length], 0, buffer, 0, buffer.Length);
            int total = FrameLayout.OverheadBytes + LittleEndian.ReadU16(buffer, FrameLayout.OffsetLength);
            if (total > buffer.Length) total = buffer.Length;
            var response = new byte[total];
            System.Array.Copy(buffer, response, total);
            return response;
        }

        /// <summary>Seals a command frame with the given payload bytes.</summary>
        public static byte[] Command(byte opcode, byte sequence, params byte[] payload)
        {
            var frame = new byte[FrameLayout.OverheadBytes + payload.Length];
            System.Array.Copy(payload, 0, frame, FrameLayout.OffsetPayload, payload.Length);
            FrameCodec.Seal(frame, FrameLayout.CommandSync, opcode, sequence, payload.Length);
            return frame;
        }
    }
}
