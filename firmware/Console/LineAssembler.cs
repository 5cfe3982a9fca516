namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// Turns the bytes a serial port delivers into command lines. Accepts CR, LF or CR LF endings and
    /// the backspace/DEL of a terminal; a line that is too long or holds a byte that is not printable
    /// ASCII is not executed but reported (<see cref="Problem"/>), so line noise or a wrong baud rate
    /// gives an error line instead of a command nobody typed. The buffer is fixed: nothing grows.
    /// </summary>
    public sealed class LineAssembler
    {
        /// <summary>Longest command line, characters.</summary>
        public const int MaxLineChars = 120;

        private readonly char[] _chars = new char[MaxLineChars];
        private int _length;
        private bool _tooLong;
        private int _badByte = -1;
        private bool _lastWasCr;

        /// <summary>The finished line; valid after <see cref="Feed"/> returned true and <see cref="Problem"/> is null.</summary>
        public string Line;

        /// <summary>Why the finished line is rejected, or null.</summary>
        public string Problem;

        /// <summary>Adds one received byte. True when a line (or a rejected line) is complete.</summary>
        public bool Feed(byte b)
        {
            if (b == (byte)'\n' && _lastWasCr)
            {
                // The LF of a CR LF pair: the CR already finished the line.
                _lastWasCr = false;
                return false;
            }

            _lastWasCr = b == (byte)'\r';
            if (b == (byte)'\r' || b == (byte)'\n')
            {
                return Finish();
            }

            if (b == 0x08 || b == 0x7F)
            {
                if (_length > 0)
                {
                    _length--;
                }
                return false;
            }

            if (b == (byte)'\t')
            {
                b = (byte)' ';
            }

            if (b < 0x20 || b > 0x7E)
            {
                if (_badByte < 0)
                {
                    _badByte = b;
                }
                return false;
            }

            if (_length == _chars.Length)
            {
                _tooLong = true;
                return false;
            }

            _chars[_length++] = (char)b;
            return false;
        }

        private bool Finish()
        {
            Line = null;
            Problem = null;
            if (_tooLong)
            {
                Problem = "line longer than " + MaxLineChars + " characters; expected a command such as 'help'";
            }
            else if (_badByte >= 0)
            {
                Problem = "line holds the byte 0x" + ((byte)_badByte).ToString("X2")
                    + ", which is not printable ASCII; expected a typed command (check the baud rate: 115200 8N1)";
            }
            else
            {
                Line = new string(_chars, 0, _length);
            }

            _length = 0;
            _tooLong = false;
            _badByte = -1;
            return true;
        }
    }
}
