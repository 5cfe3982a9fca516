using System;
using System.Device.Gpio;

namespace ReRamNav.Firmware.Device
{
    /// <summary>
    /// The kit's user button, polled from the console loop (no interrupt thread): reports one press per
    /// push after a debounce interval. Device-only.
    /// </summary>
    internal sealed class UserButton
    {
        /// <summary>A press must be separated from the last by this much, ms (contact bounce lasts a few ms).</summary>
        private const long DebounceTicks = 200 * TimeSpan.TicksPerMillisecond;

        private readonly GpioPin _pin;
        private readonly bool _pressedHigh;
        private bool _wasPressed;
        private long _lastPressTicks;

        public UserButton(GpioController gpio, int pinNumber, bool pressedHigh)
        {
            _pressedHigh = pressedHigh;
            if (pinNumber >= 0)
            {
                // Active-low buttons (ESP32 BOOT) get a pull-up so that an open contact reads high;
                // the STM32 kits' buttons have their own pull-down.
                _pin = gpio.OpenPin(pinNumber, pressedHigh ? PinMode.Input : PinMode.InputPullUp);
            }
        }

        /// <summary>True once per push.</summary>
        public bool WasPushed()
        {
            if (_pin == null)
            {
                return false;
            }

            bool pressed = (_pin.Read() == PinValue.High) == _pressedHigh;
            bool pushed = pressed && !_wasPressed;
            _wasPressed = pressed;
            if (!pushed)
            {
                return false;
            }

            long now = DateTime.UtcNow.Ticks;
            if (now - _lastPressTicks < DebounceTicks)
            {
                return false;
            }

            _lastPressTicks = now;
            return true;
        }
    }
}
