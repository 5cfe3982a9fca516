using System.Threading;
using ReRamNav.Drivers.Hal;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// The wait that both device clocks use for <see cref="IClock.DelayUs"/>. Device-only.
    /// </summary>
    internal static class ClockDelay
    {
        private const int MicrosecondsPerMillisecond = 1000;

        /// <summary>Returns after at least <paramref name="durationUs"/> µs of <paramref name="clock"/> time.</summary>
        public static void Wait(IClock clock, int durationUs)
        {
            if (durationUs <= 0)
            {
                return;
            }

            // The deadline is taken before sleeping, so a late wake-up is not added on top of the wait.
            long deadlineUs = clock.NowUs + durationUs;

            // Thread.Sleep has millisecond granularity and lets other managed threads (telemetry, serial)
            // run, so it covers the whole milliseconds; only the sub-millisecond rest is busy-waited.
            int wholeMs = durationUs / MicrosecondsPerMillisecond;
            if (wholeMs > 0)
            {
                Thread.Sleep(wholeMs);
            }

            while (clock.NowUs < deadlineUs)
            {
                // Busy-wait: a Sleep(0) here would hand the interpreter to another thread for a whole
                // 20 ms time slice (nanoCLR c_TimeQuantum_Milliseconds), far longer than the rest.
            }
        }
    }
}
