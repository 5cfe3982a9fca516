using System;
using ReRamNav.Drivers.Hal;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// <see cref="IClock"/> from <see cref="DateTime.UtcNow"/>, the only time source that
    /// nanoFramework.CoreLibrary 1.17.11 offers (it has no Environment.TickCount64 and no Stopwatch).
    /// Works on every target; on ESP32 prefer <see cref="Esp32HighResClock"/>. Device-only.
    /// </summary>
    /// <remarks>
    /// Resolution is the target's DateTime resolution: the RTOS tick (typically 1 ms) on most targets,
    /// coarser where DateTime comes from an RTC. DelayUs therefore may overshoot by up to one tick.
    /// DateTime is wall-clock time: if something sets the clock (SNTP, Rtc.SetSystemTime) it jumps.
    /// A backward jump is absorbed below (time stands still instead of running backwards); a forward
    /// jump cannot be told from elapsed time, so do not set the clock while an experiment runs.
    /// </remarks>
    public sealed class SystemClock : IClock
    {
        // DateTime ticks are 100 ns.
        private const long DateTimeTicksPerMicrosecond = 10;

        private readonly object _lock = new object();
        private readonly long _originUs;
        private long _lastRawUs;
        private long _backwardJumpsUs;

        public SystemClock()
        {
            _originUs = DateTime.UtcNow.Ticks / DateTimeTicksPerMicrosecond;
            _lastRawUs = _originUs;
        }

        /// <summary>Microseconds since this clock was created; never decreases.</summary>
        public long NowUs
        {
            get
            {
                // Locked because the agent loop and the telemetry thread may both read the clock, and the
                // backward-jump bookkeeping is a read-modify-write of two fields.
                lock (_lock)
                {
                    long rawUs = DateTime.UtcNow.Ticks / DateTimeTicksPerMicrosecond;
                    if (rawUs < _lastRawUs)
                    {
                        _backwardJumpsUs += _lastRawUs - rawUs;
                    }

                    _lastRawUs = rawUs;
                    return rawUs + _backwardJumpsUs - _originUs;
                }
            }
        }

        public void DelayUs(int durationUs)
        {
            ClockDelay.Wait(this, durationUs);
        }
    }
}
