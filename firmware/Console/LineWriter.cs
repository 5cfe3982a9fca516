namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// Builds one output line in a reused byte buffer and hands it to an <see cref="ILineSink"/>.
    /// Numbers are formatted digit by digit and text is UTF-8-encoded in place, so a telemetry line
    /// costs no allocation at all (long.ToString and string concatenation would cost several per line).
    /// Not thread-safe: one writer per producing thread.
    /// </summary>
    public sealed class LineWriter
    {
        /// <summary>Longest line, bytes. A telemetry line is under 200; longer lines end in "...".</summary>
        public const int CapacityBytes = 400;

        private readonly ILineSink _sink;
        private readonly byte[] _line = new byte[CapacityBytes];
        private readonly byte[] _digits = new byte[20];
        private int _length;
        private bool _truncated;

        public LineWriter(ILineSink sink)
        {
            _sink = sink;
        }

        /// <summary>Bytes in the line being built.</summary>
        public int Length
        {
            get { return _length; }
        }

        public LineWriter Append(string text)
        {
            if (text == null)
            {
                return this;
            }

            for (int i = 0; i < text.Length; i++)
            {
                Append(text[i]);
            }

            return this;
        }

        /// <summary>Appends one character as UTF-8 (a lone surrogate half is written as '?').</summary>
        public LineWriter Append(char c)
        {
            if (c < 0x80)
            {
                Put((byte)c);
            }
            else if (c < 0x800)
            {
                Put((byte)(0xC0 | (c >> 6)));
                Put((byte)(0x80 | (c & 0x3F)));
            }
            else if (c >= 0xD800 && c <= 0xDFFF)
            {
                Put((byte)'?');
            }
            else
            {
                Put((byte)(0xE0 | (c >> 12)));
                Put((byte)(0x80 | ((c >> 6) & 0x3F)));
                Put((byte)(0x80 | (c & 0x3F)));
            }

            return this;
        }

        public LineWriter Append(int value)
        {
            return Append((long)value);
        }

        /// <summary>Appends a whole number in decimal, invariant (no grouping, '-' for negatives).</summary>
        public LineWriter Append(long value)
        {
            // Work on the negative magnitude: long.MinValue has no positive counterpart.
            long rest = value < 0 ? value : -value;
            int count = 0;
            do
            {
                long quotient = rest / 10;
                _digits[count++] = (byte)('0' + (int)(quotient * 10 - rest));
                rest = quotient;
            }
            while (rest != 0);

            if (value < 0)
            {
                Put((byte)'-');
            }

            while (count > 0)
            {
                Put(_digits[--count]);
            }

            return this;
        }

        /// <summary>Sends the line to the sink and starts a new one.</summary>
        public void EndLine()
        {
            if (_truncated)
            {
                // Say so at the end instead of cutting a number silently.
                for (int i = _length - 3; i < _length; i++)
                {
                    _line[i] = (byte)'.';
                }
            }

            _sink.WriteLine(_line, _length);
            _length = 0;
            _truncated = false;
        }

        /// <summary>Appends <paramref name="text"/> and ends the line.</summary>
        public void Line(string text)
        {
            Append(text);
            EndLine();
        }

        private void Put(byte b)
        {
            if (_length < _line.Length)
            {
                _line[_length++] = b;
            }
            else
            {
                _truncated = true;
            }
        }
    }
}
