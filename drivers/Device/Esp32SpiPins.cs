using System;
using nanoFramework.Hardware.Esp32;

namespace ReRamNav.Drivers.Device
{
    /// <summary>
    /// Routes an ESP32 SPI bus to GPIO pins (ESP32 GPIO matrix, nanoFramework.Hardware.Esp32 1.6.x).
    /// Device-only. STM32 targets have no equivalent: their SPI pins are fixed when the nanoFramework
    /// firmware is built, so board configs for STM32 simply skip this call.
    /// </summary>
    public static class Esp32SpiPins
    {
        /// <summary>
        /// Assigns MOSI, MISO and clock of SPI bus <paramref name="busId"/> (1 or 2, the same number as
        /// SpiConnectionSettings.BusId). Must run before the SpiDevice on that bus is opened. Needed on
        /// ESP32-S3, which has no default SPI pins; on the classic ESP32, SPI1 defaults to MOSI 23,
        /// MISO 25, clock 19 and calling this overrides those defaults.
        /// </summary>
        public static void Configure(int mosiPin, int misoPin, int clockPin, int busId)
        {
            // Check every argument before touching the pin matrix, so a bad call changes nothing.
            if (busId != 1 && busId != 2)
            {
                throw new ArgumentOutOfRangeException(nameof(busId));
            }

            CheckPin(mosiPin, nameof(mosiPin));
            CheckPin(misoPin, nameof(misoPin));
            CheckPin(clockPin, nameof(clockPin));

            if (busId == 1)
            {
                Configuration.SetPinFunction(mosiPin, DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(misoPin, DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(clockPin, DeviceFunction.SPI1_CLOCK);
            }
            else
            {
                Configuration.SetPinFunction(mosiPin, DeviceFunction.SPI2_MOSI);
                Configuration.SetPinFunction(misoPin, DeviceFunction.SPI2_MISO);
                Configuration.SetPinFunction(clockPin, DeviceFunction.SPI2_CLOCK);
            }
        }

        private static void CheckPin(int pin, string name)
        {
            // -1 means "no pin" elsewhere in nanoFramework (SpiConnectionSettings.ChipSelectLine), but a
            // bus line cannot be left out. The upper limit differs per chip and is left to the native call.
            if (pin < 0)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}
