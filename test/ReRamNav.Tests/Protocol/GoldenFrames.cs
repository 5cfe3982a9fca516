namespace ReRamNav.Tests.Protocol
{
    /// <summary>
    /// The golden frames of docs/protocol.md §9, byte for byte. Every frame here must appear verbatim
    /// in the document (GoldenFrameTests checks it), the driver must produce every command frame and
    /// decode every response, and the virtual board must decode every command and answer it.
    /// <para>
    /// Board: <see cref="GoldenSession.BoardConfig"/> (8 x 8 places, 16 neurons, serial 0x1234,
    /// default limits, noise-free device model). Responses marked model-dependent carry example
    /// conductances/energies from the device model of the time they were frozen: the board test checks
    /// their status, sequence, length and CRC, the driver test their exact bytes.
    /// </para>
    /// </summary>
    internal static class GoldenFrames
    {
        internal sealed class Frame
        {
            public string Name;
            public string Command;
            public string Response;
            public bool ModelDependent;
        }

        /// <summary>The driver session of <see cref="GoldenSession.Run"/>, in order.</summary>
        public static readonly Frame[] Session =
        {
            new Frame { Name = "IDENT", Command = "A5 01 01 00 00 44 C5",
                Response = "5A 00 01 2A 00 52 52 4E 56 01 01 08 00 08 00 09 00 10 00 3F 03 00 00 34 12 00 00 C4 09 D0 07 AC 0D 14 00 C8 00 2C 01 64 00 00 00 40 42 0F 00 38 69" },
            new Frame { Name = "STATUS", Command = "A5 02 02 00 00 C8 07",
                Response = "5A 00 02 38 00 0A 00 00 00 02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 62 63" },
            new Frame { Name = "SAFE_IDLE", Command = "A5 03 03 00 00 4C 46", Response = "5A 00 03 00 00 90 DD" },
            new Frame { Name = "READ_CELLS", Command = "A5 10 04 0A 00 C8 00 04 02 09 00 00 09 00 08 E2 93",
                Response = "5A 00 04 08 00 50 16 00 00 50 16 00 00 37 46", ModelDependent = true },
            new Frame { Name = "READ_NEIGHBOURHOOD", Command = "A5 11 05 06 00 C8 00 01 00 09 00 B3 92",
                Response = "5A 00 05 44 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 21 B6",
                ModelDependent = true },
            new Frame { Name = "READ_BLOCK", Command = "A5 12 06 0A 00 C8 00 02 00 08 00 08 00 00 01 15 C0",
                Response = "5A 00 06 20 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 50 16 00 00 31 9C",
                ModelDependent = true },
            new Frame { Name = "PULSE_LIST", Command = "A5 20 07 26 00 03 00 01 02 09 00 DC 05 64 00 E8 03 00 00 02 03 09 00 78 05 00 00 E8 03 00 00 03 00 0A 00 B8 0B 32 00 10 27 00 00 FE BD",
                Response = "5A 00 07 07 00 7D 06 00 00 00 00 00 D4 9A", ModelDependent = true },
            new Frame { Name = "PROGRAM_VERIFY", Command = "A5 21 08 28 00 C8 00 04 0A DC 05 64 00 32 00 AA 00 0A 00 B0 04 E8 03 40 06 64 00 01 00 E8 03 00 00 09 00 04 00 90 5F 01 00 B0 AD 01 00 C9 11",
                Response = "5A 00 08 0C 00 C2 03 00 00 00 07 00 00 91 82 01 00 14 9D", ModelDependent = true },
            new Frame { Name = "NEURON_LOAD", Command = "A5 30 09 08 00 00 00 02 00 E8 03 B0 04 35 60", Response = "5A 00 09 00 00 51 1A" },
            new Frame { Name = "NEURON_INTEGRATE", Command = "A5 31 0A 14 00 C8 00 02 00 A0 86 01 00 00 00 09 00 02 00 01 00 09 00 04 00 FC 2D",
                Response = "5A 00 0A 0C 00 00 00 00 00 D4 04 00 00 0B 00 00 00 09 F0", ModelDependent = true },
            new Frame { Name = "ABORT (idle)", Command = "A5 04 0B 00 00 C0 BE", Response = "5A 00 0B 04 00 00 00 00 00 B0 7C" },
        };

        /// <summary>Error answers, sent to the board right after <see cref="Session"/>, in order (the driver
        /// never sends these frames: it refuses them before sending).</summary>
        public static readonly Frame[] Errors =
        {
            new Frame { Name = "LIMIT_EXCEEDED (SET at 3000 mV)", Command = "A5 20 0C 0E 00 01 00 01 02 09 00 B8 0B 64 00 E8 03 00 00 13 B7", Response = "5A 05 0C 00 00 E4 4D" },
            new Frame { Name = "UNKNOWN_OPCODE (0x7F)", Command = "A5 7F 0D 00 00 0A 50", Response = "5A 03 0D 00 00 4D 5D" },
            new Frame { Name = "BAD_CRC (IDENT, last bit flipped)", Command = "A5 01 0E 00 00 75 E8", Response = "5A 01 0E 00 00 75 E9" },
            new Frame { Name = "ADDRESS_OUT_OF_RANGE (place 64 of 64)", Command = "A5 10 0F 07 00 C8 00 01 01 40 00 00 D8 42", Response = "5A 04 0F 00 00 00 62" },
        };

        /// <summary>ABORT while BUSY: a PULSE_LIST of three 100 µs SETs, then ABORT 150 µs later.</summary>
        public const string AbortedList = "A5 20 10 26 00 03 00 01 00 00 00 DC 05 64 00 A0 86 01 00 01 01 00 00 DC 05 64 00 A0 86 01 00 01 02 00 00 DC 05 64 00 A0 86 01 00 BA 91";
        public const string AbortBusy = "A5 04 11 00 00 62 3A";
        public const string AbortBusyResponse = "5A 00 11 04 00 20 10 01 00 99 FF";

        /// <summary>STATUS after all of the above: every counter class has moved.</summary>
        public const string FinalStatus = "A5 02 12 00 00 AB 44";
        public const string FinalStatusResponse = "5A 00 12 38 00 06 04 10 0F 0D 00 00 00 04 00 00 00 01 00 00 00 00 00 00 00 01 00 00 00 01 00 00 00 01 00 00 00 00 00 00 00 00 00 00 00 01 00 00 00 0B 00 00 00 49 00 00 00 00 00 00 00 21 C6";
    }
}
