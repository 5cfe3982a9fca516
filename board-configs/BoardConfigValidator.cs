using System;
using ReRamNav.Drivers.Board;

namespace ReRamNav.BoardConfigs
{
    /// <summary>
    /// Checks a <see cref="BoardConfig"/> before the firmware opens a single pin: every problem is
    /// reported as "field = value: expected ...", so a wrong edit is found at boot (or in the host tests)
    /// and not on the bench with a probe.
    /// </summary>
    public static class BoardConfigValidator
    {
        /// <summary>Fastest SPI clock the FPGA's SPI slave is specified for, Hz.</summary>
        public const int MaxSpiClockHz = 10000000;
        /// <summary>Slowest useful SPI clock, Hz: below it one agent step's frames take milliseconds.</summary>
        public const int MinSpiClockHz = 100000;
        /// <summary>Largest side of the place grid (a coordinate is one byte in the maze format).</summary>
        public const int MaxArraySide = 255;
        /// <summary>A read must stay under the SET onset of SiOx (~0.75 V, Bianchi 2023 Fig. 1b), mV.</summary>
        public const int ReadDisturbMv = 750;

        /// <summary>Returns null when <paramref name="config"/> is usable, else the first problem found.</summary>
        public static string Check(BoardConfig config)
        {
            if (config == null)
            {
                return "no board config";
            }

            string problem = CheckIdentity(config);
            if (problem == null)
            {
                problem = config.UsesVirtualBoard ? CheckVirtual(config) : CheckWiring(config);
            }
            if (problem == null)
            {
                problem = CheckKitPins(config);
            }
            if (problem == null)
            {
                problem = CheckArray(config);
            }
            if (problem == null)
            {
                problem = CheckLimits(config.Limits);
            }

            return problem == null ? null : "board config '" + config.Name + "': " + problem;
        }

        /// <summary>Throws <see cref="ArgumentException"/> with <see cref="Check"/>'s message when the config is not usable.</summary>
        public static void Validate(BoardConfig config)
        {
            string problem = Check(config);
            if (problem != null)
            {
                throw new ArgumentException(problem);
            }
        }

        private static string CheckIdentity(BoardConfig c)
        {
            if (c.Name == null || c.Name.Length == 0)
            {
                return "Name is empty: expected the registry name, e.g. esp32-devkitc";
            }
            if (c.NanoffTarget == null || c.NanoffTarget.Length == 0)
            {
                return "NanoffTarget is empty: expected a nanoff --target name, e.g. ESP32_REV0";
            }
            if (!McuFamily.IsKnown(c.Family) || c.Family == McuFamily.Virtual)
            {
                return "Family = " + c.Family + ": expected a McuFamily constant of a real MCU (the firmware runs on one)";
            }
            if (c.ConsoleBaud < 9600 || c.ConsoleBaud > 921600)
            {
                return "ConsoleBaud = " + c.ConsoleBaud + ": expected 9600..921600";
            }
            if (c.ReservedPins == null || c.ReservedReasons == null || c.ReservedPins.Length != c.ReservedReasons.Length)
            {
                return "ReservedPins and ReservedReasons: expected two arrays of the same length";
            }
            return null;
        }

        private static string CheckVirtual(BoardConfig c)
        {
            if (c.SpiClockHz < MinSpiClockHz || c.SpiClockHz > MaxSpiClockHz)
            {
                return "SpiClockHz = " + c.SpiClockHz + ": expected " + MinSpiClockHz + ".." + MaxSpiClockHz + " (the virtual link is timed at it)";
            }
            return null;
        }

        private static string CheckWiring(BoardConfig c)
        {
            if (c.SpiBusId < 1 || c.SpiBusId > 6)
            {
                return "SpiBusId = " + c.SpiBusId + ": expected 1..6 (SPIx number)";
            }
            if (McuFamily.MuxesSpiPinsAtRunTime(c.Family) && c.SpiBusId > 2)
            {
                return "SpiBusId = " + c.SpiBusId + ": expected 1 or 2 on " + McuFamily.Name(c.Family) + " (nanoFramework's SPI1/SPI2)";
            }
            if (c.SpiClockHz < MinSpiClockHz || c.SpiClockHz > MaxSpiClockHz)
            {
                return "SpiClockHz = " + c.SpiClockHz + ": expected " + MinSpiClockHz + ".." + MaxSpiClockHz + " (the FPGA's SPI slave)";
            }
            if (c.SpiMode < 0 || c.SpiMode > 3)
            {
                return "SpiMode = " + c.SpiMode + ": expected 0..3";
            }

            string problem = RequiredPin(c, "SckPin", c.SckPin, true);
            if (problem == null) problem = RequiredPin(c, "MosiPin", c.MosiPin, true);
            if (problem == null) problem = RequiredPin(c, "MisoPin", c.MisoPin, false);
            if (problem == null) problem = RequiredPin(c, "ChipSelectPin", c.ChipSelectPin, true);
            if (problem == null) problem = RequiredPin(c, "ReadyPin", c.ReadyPin, false);
            if (problem == null) problem = RequiredPin(c, "ResetPin", c.ResetPin, true);
            if (problem == null) problem = OptionalPin(c, "InterruptPin", c.InterruptPin, false);
            return problem;
        }

        private static string CheckKitPins(BoardConfig c)
        {
            string problem = OptionalPin(c, "StatusLedPin", c.StatusLedPin, true);
            if (problem == null) problem = OptionalPin(c, "UserButtonPin", c.UserButtonPin, false);
            if (problem == null) problem = OptionalPin(c, "ConsoleTxPin", c.ConsoleTxPin, true);
            if (problem == null) problem = OptionalPin(c, "ConsoleRxPin", c.ConsoleRxPin, false);
            if (problem == null && (c.ConsolePort == null || c.ConsolePort.Length == 0))
            {
                problem = "ConsolePort is empty: expected the SerialPort name of the console UART, e.g. COM2";
            }
            if (problem == null && McuFamily.MuxesSpiPinsAtRunTime(c.Family) && (c.ConsoleTxPin < 0 || c.ConsoleRxPin < 0))
            {
                problem = "ConsoleTxPin/ConsoleRxPin: expected both on " + McuFamily.Name(c.Family) + ", where the firmware routes the console UART";
            }
            if (problem == null)
            {
                problem = CheckDistinct(c);
            }
            return problem;
        }

        private static string CheckArray(BoardConfig c)
        {
            if (c.ArrayRows < 1 || c.ArrayRows > MaxArraySide)
            {
                return "ArrayRows = " + c.ArrayRows + ": expected 1.." + MaxArraySide;
            }
            if (c.ArrayCols < 1 || c.ArrayCols > MaxArraySide)
            {
                return "ArrayCols = " + c.ArrayCols + ": expected 1.." + MaxArraySide;
            }
            return null;
        }

        /// <summary>Null when <paramref name="limits"/> is sane and inside what the SiOx array takes.</summary>
        public static string CheckLimits(SafetyLimits limits)
        {
            if (limits == null)
            {
                return "Limits is null: expected the lab's SafetyLimits for this set-up (LabLimits.Create())";
            }

            SafetyLimits array = SafetyLimits.SiOxDefaults();
            string problem = InRange("Limits.SetMaxMv", limits.SetMaxMv, 1, array.SetMaxMv, "mV");
            if (problem == null) problem = InRange("Limits.ResetMaxMv", limits.ResetMaxMv, 1, array.ResetMaxMv, "mV");
            if (problem == null) problem = InRange("Limits.FormMaxMv", limits.FormMaxMv, 1, array.FormMaxMv, "mV");
            if (problem == null) problem = InRange("Limits.ComplianceMinUa", limits.ComplianceMinUa, array.ComplianceMinUa, array.ComplianceMaxUa, "uA");
            if (problem == null) problem = InRange("Limits.ComplianceMaxUa", limits.ComplianceMaxUa, limits.ComplianceMinUa, array.ComplianceMaxUa, "uA");
            if (problem == null) problem = InRange("Limits.ReadMaxMv", limits.ReadMaxMv, 1, Min(array.ReadMaxMv, ReadDisturbMv - 1), "mV");
            if (problem == null) problem = InRange("Limits.WidthMinNs", limits.WidthMinNs, array.WidthMinNs, array.WidthMaxNs, "ns");
            if (problem == null) problem = InRange("Limits.WidthMaxNs", limits.WidthMaxNs, limits.WidthMinNs, array.WidthMaxNs, "ns");
            if (problem == null && limits.ReadMaxMv >= limits.SetMaxMv)
            {
                problem = "Limits.ReadMaxMv = " + limits.ReadMaxMv + " mV: expected below Limits.SetMaxMv = " + limits.SetMaxMv + " mV";
            }
            return problem;
        }

        private static string InRange(string field, int value, int min, int max, string unit)
        {
            if (value < min || value > max)
            {
                return field + " = " + value + " " + unit + ": expected " + min + ".." + max + " " + unit
                    + " (inside SafetyLimits.SiOxDefaults, what the array takes)";
            }
            return null;
        }

        private static string RequiredPin(BoardConfig c, string field, int pin, bool drivesOutput)
        {
            if (pin < 0)
            {
                return field + " = " + pin + ": expected a pin (the FPGA board needs this line)";
            }
            return OptionalPin(c, field, pin, drivesOutput);
        }

        private static string OptionalPin(BoardConfig c, string field, int pin, bool drivesOutput)
        {
            if (pin == BoardConfig.NoPin)
            {
                return null;
            }

            int max = McuFamily.MaxPin(c.Family);
            if (pin < 0 || pin > max)
            {
                return field + " = " + pin + ": expected " + BoardConfig.NoPin + " (not wired) or 0.." + max + " on " + McuFamily.Name(c.Family);
            }

            string reason = McuFamily.ReservedReason(c.Family, pin);
            if (reason == null)
            {
                reason = c.BoardReservedReason(pin);
            }
            if (reason != null)
            {
                return field + " = " + c.PinName(pin) + ", which " + reason + ": expected a free pin";
            }

            if (drivesOutput && McuFamily.IsInputOnly(c.Family, pin))
            {
                return field + " = " + c.PinName(pin) + ", which is input-only: expected a pin that can drive an output";
            }
            return null;
        }

        private static string CheckDistinct(BoardConfig c)
        {
            // The order names the signals in messages; -1 (not wired) never conflicts.
            int[] pins = new int[]
            {
                c.SckPin, c.MosiPin, c.MisoPin, c.ChipSelectPin, c.ReadyPin, c.ResetPin, c.InterruptPin,
                c.StatusLedPin, c.UserButtonPin, c.ConsoleTxPin, c.ConsoleRxPin,
            };
            string[] names = new string[]
            {
                "SckPin", "MosiPin", "MisoPin", "ChipSelectPin", "ReadyPin", "ResetPin", "InterruptPin",
                "StatusLedPin", "UserButtonPin", "ConsoleTxPin", "ConsoleRxPin",
            };
            for (int i = 0; i < pins.Length; i++)
            {
                if (pins[i] < 0)
                {
                    continue;
                }
                for (int j = 0; j < i; j++)
                {
                    if (pins[j] == pins[i])
                    {
                        return names[i] + " = " + c.PinName(pins[i]) + " is also " + names[j] + ": expected a pin no other signal uses";
                    }
                }
            }
            return null;
        }

        private static int Min(int a, int b)
        {
            return a < b ? a : b;
        }
    }
}
