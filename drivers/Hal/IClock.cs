namespace ReRamNav.Drivers.Hal
{
    /// <summary>
    /// Monotonic time in microseconds. On the device it is the CPU tick counter; in the virtual
    /// board it is virtual time that only moves when someone waits or the bus transfers bytes,
    /// so that simulated runs are fast and exactly reproducible.
    /// </summary>
    public interface IClock
    {
        long NowUs { get; }

        /// <summary>Waits at least <paramref name="durationUs"/> microseconds.</summary>
        void DelayUs(int durationUs);
    }
}
