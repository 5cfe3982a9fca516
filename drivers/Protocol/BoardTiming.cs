namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// Worst-case timings a conforming board must meet (docs/protocol.md §4.3). IDENT carries no
    /// timing, so the driver derives the READY timeout of each command from these bounds and the
    /// command's own contents (samples, pulse widths, attempts): a long pulse list is not mistaken
    /// for a dead board, and a dead board is still detected in bounded time.
    /// </summary>
    public static class BoardTiming
    {
        /// <summary>Decoding and checking a command, including a rejected one, ns.</summary>
        public const int DecodeMaxNs = 100000;
        /// <summary>One read sample of one device (settling + ADC), ns.</summary>
        public const int ReadSampleMaxNs = 10000;
        /// <summary>Overhead around one pulse (DAC settling, gate switching, return to idle), ns.</summary>
        public const int PulseOverheadMaxNs = 10000;
        /// <summary>From the end of an ABORT command to READY high, whatever was running, ns.</summary>
        public const int AbortLatencyMaxNs = 100000;
        /// <summary>Longest integration window NEURON_INTEGRATE accepts, ns (10 ms).</summary>
        public const int NeuronMaxTimeNs = 10000000;
    }
}
