using ReRamNav.Drivers.Board;

namespace ReRamNav.BoardConfigs
{
    /// <summary>
    /// Everything the firmware needs to know about one dev kit wired to the FPGA/ReRAM board: which
    /// nanoFramework image to flash, the SPI bus and its pins, the GPIO lines, the serial console and
    /// the electrical limits the lab allows on this set-up. One static class per kit (Kits/) builds one;
    /// <see cref="BoardConfigRegistry"/> finds it by name; <see cref="BoardConfigValidator"/> checks it.
    /// Pins are nanoFramework GpioController numbers (ESP32: the GPIO number; STM32: port * 16 + bit).
    /// Plain fields so that a config is one small object and reading it never allocates.
    /// </summary>
    public sealed class BoardConfig
    {
        /// <summary>A pin that is not wired.</summary>
        public const int NoPin = -1;

        /// <summary>Registry name, lower case with dashes (esp32-devkitc). Also what flash.sh/flash.cmd take.</summary>
        public string Name;
        /// <summary>One line for humans: the kit, its module, what is special.</summary>
        public string Description;
        /// <summary>The nanoff --target of the firmware image (ESP32_REV0, ST_STM32F769I_DISCOVERY ...).</summary>
        public string NanoffTarget;
        /// <summary>A <see cref="McuFamily"/> constant.</summary>
        public int Family;
        /// <summary>Run the built-in virtual board instead of talking to an FPGA (mock bench: nothing wired).</summary>
        public bool UsesVirtualBoard;

        // --- SPI to the FPGA board ---
        /// <summary>SpiConnectionSettings.BusId: 1 = SPI1, 2 = SPI2, 5 = SPI5 (STM32: the SPIx number).</summary>
        public int SpiBusId;
        public int SckPin = NoPin;
        public int MosiPin = NoPin;
        public int MisoPin = NoPin;
        /// <summary>Chip select, driven by SpiDevice (active low) once per transfer.</summary>
        public int ChipSelectPin = NoPin;
        /// <summary>SPI clock, Hz. The driver asks for this; the MCU may round it down to a prescaler step.</summary>
        public int SpiClockHz;
        /// <summary>SPI mode 0..3 (CPOL/CPHA), as System.Device.Spi.SpiMode.</summary>
        public int SpiMode;

        // --- GPIO lines to the FPGA board ---
        /// <summary>READY/BUSY from the FPGA: high = a response can be clocked out (docs/protocol.md).</summary>
        public int ReadyPin = NoPin;
        /// <summary>Board reset to the FPGA, active low.</summary>
        public int ResetPin = NoPin;
        /// <summary>Optional interrupt from the FPGA (unused by protocol v1; wired for later versions).</summary>
        public int InterruptPin = NoPin;

        // --- on the dev kit itself ---
        /// <summary>Status LED (self-test result, run activity); NoPin if the kit has none.</summary>
        public int StatusLedPin = NoPin;
        public bool StatusLedActiveHigh = true;
        /// <summary>User button that starts the default demo without a PC; NoPin if none.</summary>
        public int UserButtonPin = NoPin;
        /// <summary>True when the button reads high while pressed (STM32 blue buttons); false for the
        /// ESP32 BOOT button, which pulls the pin low.</summary>
        public bool UserButtonPressedHigh;

        // --- serial console (a second UART: the first one carries nanoFramework's debug/deploy protocol) ---
        /// <summary>SerialPort name of the console, e.g. COM2.</summary>
        public string ConsolePort;
        public int ConsoleBaud = 115200;
        /// <summary>Console pins: routed at run time on ESP32, fixed by the firmware on STM32 (listed for the wiring table).</summary>
        public int ConsoleTxPin = NoPin;
        public int ConsoleRxPin = NoPin;

        /// <summary>Pins this kit uses for something else (debug UART, on-board peripherals), with <see cref="ReservedReasons"/>.</summary>
        public int[] ReservedPins = new int[0];
        public string[] ReservedReasons = new string[0];

        // --- the ReRAM board ---
        /// <summary>Places the array must have (rows x cols, one neuron each); the paper's maze is 30 x 30.</summary>
        public int ArrayRows;
        public int ArrayCols;
        /// <summary>What the lab allows on this set-up; the driver applies the stricter of these and the board's IDENT.</summary>
        public SafetyLimits Limits;

        /// <summary>True when the SPI pins must be routed by the firmware (ESP32 family) before the bus is opened.</summary>
        public bool MuxesSpiPinsAtRunTime
        {
            get { return !UsesVirtualBoard && McuFamily.MuxesSpiPinsAtRunTime(Family); }
        }

        /// <summary>The pin as written on the board (GPIO23, PF7, none).</summary>
        public string PinName(int pin)
        {
            return McuFamily.PinName(Family, pin);
        }

        /// <summary>Why this kit keeps <paramref name="pin"/> for itself, or null.</summary>
        public string BoardReservedReason(int pin)
        {
            for (int i = 0; i < ReservedPins.Length; i++)
            {
                if (ReservedPins[i] == pin)
                {
                    return i < ReservedReasons.Length ? ReservedReasons[i] : "is reserved on this kit";
                }
            }

            return null;
        }
    }
}
