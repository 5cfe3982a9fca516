using nanoFramework.Hardware.Esp32;
using ReRamNav.Drivers.Hal;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// <see cref="IClock"/> from the ESP32 high-resolution timer (HighResTimer.GetCurrent(), ESP-IDF
    /// esp_timer: microseconds since boot, 64-bit, monotonic, not affected by setting the date).
    /// ESP32 family only (nanoFramework.Hardware.Esp32); on other targets use <see cref="SystemClock"/>.
    /// Device-only.
    /// </summary>
    public sealed class Esp32HighResClock : IClock
    {
        /// <summary>Microseconds since boot.</summary>
        public long NowUs
        {
            // A ulong of µs since boot fits a long for 292 000 years: the cast cannot overflow.
            get { return (long)HighResTimer.GetCurrent(); }
        }

        public void DelayUs(int durationUs)
        {
            ClockDelay.Wait(this, durationUs);
        }
    }
}
