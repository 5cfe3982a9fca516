namespace ReRamNav.BoardConfigs
{
    /// <summary>
    /// The microcontroller families the dev kits use, as named constants (nanoFramework prints enums
    /// as numbers). The family decides how pins are numbered and which pins a board config may not use.
    /// </summary>
    public static class McuFamily
    {
        /// <summary>No wiring at all: the virtual board runs inside the firmware (mock bench).</summary>
        public const int Virtual = 0;
        /// <summary>ESP32 (WROOM-32 module, no PSRAM): GPIO 0..39, SPI pins set at run time.</summary>
        public const int Esp32 = 1;
        /// <summary>ESP32 with PSRAM (WROVER module): as <see cref="Esp32"/> but GPIO16/17 belong to the PSRAM.</summary>
        public const int Esp32Psram = 2;
        /// <summary>ESP32-S3 (WROOM-1 module): GPIO 0..48, no default SPI pins at all.</summary>
        public const int Esp32S3 = 3;
        /// <summary>STM32F7 (ChibiOS targets): pin = port * 16 + bit (PA0 = 0, PB0 = 16 ...), SPI pins fixed
        /// by the firmware image.</summary>
        public const int Stm32F7 = 4;

        public static string Name(int family)
        {
            switch (family)
            {
                case Virtual: return "virtual";
                case Esp32: return "ESP32";
                case Esp32Psram: return "ESP32 (PSRAM)";
                case Esp32S3: return "ESP32-S3";
                case Stm32F7: return "STM32F7";
                default: return "family " + family;
            }
        }

        public static bool IsKnown(int family)
        {
            return family >= Virtual && family <= Stm32F7;
        }

        /// <summary>ESP32 chips route SPI to any pin through the GPIO matrix (Configuration.SetPinFunction);
        /// STM32 targets fix the SPI pins when the nanoFramework firmware is built.</summary>
        public static bool MuxesSpiPinsAtRunTime(int family)
        {
            return family == Esp32 || family == Esp32Psram || family == Esp32S3;
        }

        /// <summary>Highest pin number of the family (STM32F7: PK15, the largest package).</summary>
        public static int MaxPin(int family)
        {
            switch (family)
            {
                case Esp32:
                case Esp32Psram:
                    return 39;
                case Esp32S3:
                    return 48;
                case Stm32F7:
                    return 10 * 16 + 15;
                default:
                    return -1;
            }
        }

        /// <summary>
        /// Why the pin cannot be used by a board config, or null when it can. Covers the pins every
        /// board of the family gives away (flash, PSRAM, debug UART/SWD, USB); board-specific ones are in
        /// <see cref="BoardConfig.ReservedPins"/>.
        /// </summary>
        public static string ReservedReason(int family, int pin)
        {
            switch (family)
            {
                case Esp32:
                case Esp32Psram:
                    if (pin == 20 || pin == 24 || (pin >= 28 && pin <= 31))
                    {
                        return "does not exist on the ESP32";
                    }
                    if (pin >= 6 && pin <= 11)
                    {
                        return "is wired to the module's SPI flash";
                    }
                    if (pin == 1 || pin == 3)
                    {
                        return "is UART0, the nanoFramework debug/deploy link (COM1)";
                    }
                    if (pin == 12)
                    {
                        return "is the strapping pin that selects the flash voltage (MTDI)";
                    }
                    if (family == Esp32Psram && (pin == 16 || pin == 17))
                    {
                        return "is wired to the WROVER module's PSRAM";
                    }
                    return null;
                case Esp32S3:
                    if (pin >= 22 && pin <= 25)
                    {
                        return "does not exist on the ESP32-S3";
                    }
                    if (pin >= 26 && pin <= 32)
                    {
                        return "is wired to the module's SPI flash";
                    }
                    if (pin >= 33 && pin <= 37)
                    {
                        return "is wired to the octal PSRAM on N8R8/N16R8 modules";
                    }
                    if (pin == 19 || pin == 20)
                    {
                        return "is the native USB D-/D+ pair";
                    }
                    if (pin == 43 || pin == 44)
                    {
                        return "is UART0, the nanoFramework debug/deploy link (COM1)";
                    }
                    return null;
                case Stm32F7:
                    if (pin == 13 || pin == 14)
                    {
                        return "is PA13/PA14, the SWD debug port the ST-LINK flashes through";
                    }
                    return null;
                default:
                    return null;
            }
        }

        /// <summary>True for pins that cannot drive an output (ESP32 GPIO34..39 have no output driver and no pull resistors).</summary>
        public static bool IsInputOnly(int family, int pin)
        {
            return (family == Esp32 || family == Esp32Psram) && pin >= 34 && pin <= 39;
        }

        /// <summary>The pin as printed on the board and in the datasheet: GPIO23, PF7; "none" for -1.</summary>
        public static string PinName(int family, int pin)
        {
            if (pin < 0)
            {
                return "none";
            }

            if (family == Stm32F7)
            {
                return Stm32Pin.Name(pin);
            }

            return "GPIO" + pin;
        }
    }
}
