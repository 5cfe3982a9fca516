using System;
using System.Device.Gpio;
using ReRamNav.Drivers.Hal;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// <see cref="IDigitalOutput"/> over one nanoFramework <see cref="GpioPin"/> (System.Device.Gpio 1.1.x),
    /// push-pull. Device-only: compiled by ReRamNav.Drivers.nfproj only.
    /// </summary>
    public sealed class GpioDigitalOutput : IDigitalOutput, IDisposable
    {
        private readonly GpioPin _pin;

        /// <summary>
        /// Opens <paramref name="pinNumber"/> as an output and drives it to <paramref name="initialHigh"/>
        /// straight away. OpenPin throws InvalidOperationException if the pin is already open.
        /// </summary>
        /// <remarks>
        /// Between OpenPin and the first Write the pin drives the MCU's default level for a few
        /// microseconds. The board's active-low reset input must therefore tolerate a pulse that short
        /// (the board protocol requires a much longer reset pulse), or the line needs a pull resistor
        /// and the pin must be opened before the board is powered.
        /// </remarks>
        public GpioDigitalOutput(GpioController controller, int pinNumber, bool initialHigh)
        {
            if (controller == null)
            {
                throw new ArgumentNullException(nameof(controller));
            }

            _pin = controller.OpenPin(pinNumber, PinMode.Output);
            Write(initialHigh);
        }

        public void Write(bool high)
        {
            // PinValue.High/Low are static values: no allocation per write.
            _pin.Write(high ? PinValue.High : PinValue.Low);
        }

        public void Dispose()
        {
            _pin.Dispose();
        }
    }
}
