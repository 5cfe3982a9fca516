namespace ReRamNav.Drivers.Board
{
    /// <summary>What went wrong, as a value (nanoFramework enums print as numbers, so these are named constants).</summary>
    public static class BoardErrorKind
    {
        /// <summary>The driver refused the request before sending a byte: it breaks a safety limit.</summary>
        public const int LimitRefused = 1;
        /// <summary>READY did not come within the timeout.</summary>
        public const int Timeout = 2;
        /// <summary>The response frame was corrupt (sync, length, CRC or sequence) after every retry.</summary>
        public const int CorruptResponse = 3;
        /// <summary>The board answered with a non-OK status (NACK).</summary>
        public const int Nack = 4;
        /// <summary>IDENT was unreadable, or announced a protocol version or geometry this driver does not support.</summary>
        public const int UnsupportedBoard = 5;
        /// <summary>The caller passed an address or argument outside the board's geometry.</summary>
        public const int BadArgument = 6;
        /// <summary>The driver was used before Connect() succeeded.</summary>
        public const int NotConnected = 7;
        /// <summary>The board did not announce the capability the call needs (IDENT capability bits).</summary>
        public const int NotSupported = 8;

        public static string Name(int kind)
        {
            switch (kind)
            {
                case LimitRefused: return "limit refused";
                case Timeout: return "READY timeout";
                case CorruptResponse: return "corrupt response";
                case Nack: return "board NACK";
                case UnsupportedBoard: return "unsupported board";
                case BadArgument: return "bad argument";
                case NotConnected: return "not connected";
                case NotSupported: return "not supported by the board";
                default: return "error " + kind;
            }
        }
    }
}
