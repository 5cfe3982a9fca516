using System.Device.Gpio;

namespace ReRamNav.Firmware.Device
{
    /// <summary>
    /// The kit's status LED: steady on = self-test passed and ready; fast blink = the board config or
    /// the self-test failed (the console says why). Works without a LED (pin -1): then it does nothing.
    /// Device-only.
    /// </summary>
    internal sealed class StatusLed
    {
        private readonly GpioPin _pin;
        private readonly bool _activeHigh;
        private bool _on;

        public StatusLed(GpioController gpio, int pinNumber, bool activeHigh)
        {
            _activeHigh = activeHigh;
            if (pinNumber >= 0)
            {
                _pin = gpio.OpenPin(pinNumber, PinMode.Output);
            }
            Set(false);
        }

        public void Set(bool on)
        {
            _on = on;
            if (_pin != null)
            {
                _pin.Write(on == _activeHigh ? PinValue.High : PinValue.Low);
            }
        }

        public void Toggle()
        {
            Set(!_on);
        }
    }
}
