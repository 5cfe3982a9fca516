namespace ReRamNav.Drivers.Protocol
{
    /// <summary>Status byte of every response frame (docs/protocol.md §6). 0 = success.
    /// On any non-zero status the board has executed nothing of the command, except where noted.</summary>
    public static class StatusCode
    {
        public const byte Ok = 0x00;
        /// <summary>The command frame's CRC did not match; nothing executed; the MCU may resend.</summary>
        public const byte BadCrc = 0x01;
        /// <summary>The payload length does not match what the opcode requires.</summary>
        public const byte BadLength = 0x02;
        public const byte UnknownOpcode = 0x03;
        /// <summary>A place index or device index is outside the array.</summary>
        public const byte AddressOutOfRange = 0x04;
        /// <summary>A pulse parameter is outside the board's hard limits; the whole list was refused.</summary>
        public const byte LimitExceeded = 0x05;
        /// <summary>The first byte was not the command sync byte (garbage or a stuck bus).</summary>
        public const byte BadSync = 0x06;
        /// <summary>A field has a value the opcode does not define (for example an unknown pulse kind).</summary>
        public const byte BadParameter = 0x07;
        /// <summary>The board failed internally; it has returned to safe idle.</summary>
        public const byte InternalError = 0x0F;

        public static string Name(byte status)
        {
            switch (status)
            {
                case Ok: return "OK";
                case BadCrc: return "BAD_CRC";
                case BadLength: return "BAD_LENGTH";
                case UnknownOpcode: return "UNKNOWN_OPCODE";
                case AddressOutOfRange: return "ADDRESS_OUT_OF_RANGE";
                case LimitExceeded: return "LIMIT_EXCEEDED";
                case BadSync: return "BAD_SYNC";
                case BadParameter: return "BAD_PARAMETER";
                case InternalError: return "INTERNAL_ERROR";
                default: return "STATUS_0x" + status.ToString("X2");
            }
        }
    }
}
