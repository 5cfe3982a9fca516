using System;
using System.Device.Gpio;
using ReRamNav.Drivers.Hal;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// <see cref="IDigitalInput"/> over one nanoFramework <see cref="GpioPin"/> (System.Device.Gpio 1.1.x),
    /// polled (the board driver polls READY/BUSY; no interrupt, so no event thread and no allocation).
    /// Device-only: compiled by ReRamNav.Drivers.nfproj only.
    /// </summary>
    public sealed class GpioDigitalInput : IDigitalInput, IDisposable
    {
        private readonly GpioPin _pin;

        /// <summary>
        /// Opens <paramref name="pinNumber"/> as an input. <paramref name="mode"/> is one of Input,
        /// InputPullUp or InputPullDown; a pull keeps the level defined while the board is unpowered.
        /// </summary>
        public GpioDigitalInput(GpioController controller, int pinNumber, PinMode mode)
        {
            if (controller == null)
            {
                throw new ArgumentNullException(nameof(controller));
            }

            // Output modes would make this adapter drive the board's output line: refuse them here
            // instead of finding out on the bench.
            if (mode != PinMode.Input && mode != PinMode.InputPullUp && mode != PinMode.InputPullDown)
            {
                throw new ArgumentException("not an input mode", nameof(mode));
            }

            _pin = controller.OpenPin(pinNumber, mode);
        }

        public bool Read()
        {
            return _pin.Read() == PinValue.High;
        }

        public void Dispose()
        {
            _pin.Dispose();
        }
    }
}
