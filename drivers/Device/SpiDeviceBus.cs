using System;
using System.Device.Spi;
using ReRamNav.Drivers.Hal;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// <see cref="ISpiBus"/> over nanoFramework's <see cref="SpiDevice"/> (System.Device.Spi 1.3.x).
    /// Device-only: compiled by ReRamNav.Drivers.nfproj, never by the host build or the compile check.
    /// </summary>
    /// <remarks>
    /// One <see cref="TransferFullDuplex"/> call is one SpiDevice transfer, so the chip select that
    /// SpiDevice drives (SpiConnectionSettings.ChipSelectLine) is asserted exactly once per call,
    /// which is what the ISpiBus contract promises the board driver.
    /// </remarks>
    public sealed class SpiDeviceBus : ISpiBus, IDisposable
    {
        private readonly SpiDevice _device;
        private readonly int _clockHz;

        /// <summary>Wraps an already opened device. The bus owns it from now on and disposes it.</summary>
        public SpiDeviceBus(SpiDevice device)
        {
            if (device == null)
            {
                throw new ArgumentNullException(nameof(device));
            }

            _device = device;

            // ConnectionSettings returns a new clone on every read (the settings are immutable once the
            // device is open), so read the clock once here rather than allocating on every ClockHz call.
            _clockHz = device.ConnectionSettings.ClockFrequency;
        }

        /// <summary>
        /// Opens SPI bus <paramref name="busId"/> (1 = SPI1, 2 = SPI2 ...) with a hardware-driven,
        /// active-low chip select on GPIO <paramref name="chipSelectPin"/>, 8-bit MSB-first frames.
        /// On ESP32 call <see cref="Esp32SpiPins.Configure"/> first: the bus pins must be muxed before
        /// the device is opened.
        /// </summary>
        public static SpiDeviceBus Open(int busId, int chipSelectPin, int clockHz, SpiMode mode)
        {
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.ClockFrequency = clockHz;
            settings.Mode = mode;
            settings.DataBitLength = 8;
            settings.DataFlow = DataFlow.MsbFirst;

            // FullDuplex is the default, but TransferFullDuplex throws InvalidOperationException for any
            // other configuration, so state it rather than rely on the default.
            settings.Configuration = SpiBusConfiguration.FullDuplex;
            return new SpiDeviceBus(new SpiDevice(settings));
        }

        public int ClockHz => _clockHz;

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            // SpanByte's constructor checks only the upper bound (it accepts a negative start), and a bad
            // region must never reach the native transfer, so check both regions fully here.
            CheckRegion(writeBuffer, writeOffset, length, nameof(writeBuffer));
            CheckRegion(readBuffer, readOffset, length, nameof(readBuffer));
            if (length == 0)
            {
                return;
            }

            // SpanByte is a ref struct over the caller's array: no copy and no allocation, so the board
            // driver's reused buffers stay allocation-free down to the native call.
            _device.TransferFullDuplex(
                new SpanByte(writeBuffer, writeOffset, length),
                new SpanByte(readBuffer, readOffset, length));
        }

        public void Dispose()
        {
            _device.Dispose();
        }

        private static void CheckRegion(byte[] buffer, int offset, int length, string name)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(name);
            }

            if (offset < 0 || length < 0 || offset > buffer.Length - length)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
