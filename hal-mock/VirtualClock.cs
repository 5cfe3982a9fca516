using ReRamNav.Drivers.Hal;

namespace ReRamNav.HalMock
{
    /// <summary>
    /// Virtual time for the virtual board and everything that waits on it. It moves only when
    /// someone waits (<see cref="DelayUs"/>) or the board spends time (<see cref="AdvanceNs"/>:
    /// SPI transfers, pulses, reads), so a simulated experiment runs as fast as the CPU allows and
    /// reports the hardware time it would have taken. Nanosecond resolution internally so that
    /// short pulses and single bytes add up without rounding.
    /// </summary>
    public sealed class VirtualClock : IClock
    {
        private long _nowNs;

        public long NowUs { get { return _nowNs / 1000; } }

        public long NowNs { get { return _nowNs; } }

        public void DelayUs(int durationUs)
        {
            if (durationUs > 0)
            {
                _nowNs += (long)durationUs * 1000;
            }
        }

        public void AdvanceNs(long durationNs)
        {
            if (durationNs > 0)
            {
                _nowNs += durationNs;
            }
        }
    }
}
