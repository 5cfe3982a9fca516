namespace ReRamNav.BoardConfigs.Kits
{
    /// <summary>
    /// Espressif ESP-WROVER-KIT (v4.1) with an ESP32-WROVER module: 4/8 MB PSRAM, so megabytes of managed
    /// heap. The kit's LCD owns the VSPI pins and its FT2232 JTAG owns GPIO12..15, so the FPGA gets
    /// SPI2 on the few free pins, and the console TX shares GPIO4 with the blue LED (it flickers with traffic).
    /// </summary>
    public static class Esp32WroverKit
    {
        public const string Name = "esp32-wrover-kit";

        public static BoardConfig Create()
        {
            BoardConfig c = new BoardConfig();
            c.Name = Name;
            c.Description = "ESP-WROVER-KIT v4.1, ESP32-WROVER (PSRAM)";
            c.NanoffTarget = "ESP32_PSRAM_REV0";
            c.Family = McuFamily.Esp32Psram;

            c.SpiBusId = 2;
            c.SckPin = 26;
            c.MosiPin = 27;
            // GPIO34..39 are input-only without pull resistors: fine for MISO, READY and IRQ, which the FPGA drives.
            c.MisoPin = 34;
            c.ChipSelectPin = 32;
            c.SpiClockHz = 8000000;
            c.SpiMode = 0;

            c.ReadyPin = 35;
            c.ResetPin = 33;
            c.InterruptPin = 36;

            // Green element of the RGB LED.
            c.StatusLedPin = 2;
            c.StatusLedActiveHigh = true;
            // BOOT button (the red LED on GPIO0 lights while it is pressed).
            c.UserButtonPin = 0;
            c.UserButtonPressedHigh = false;

            c.ConsolePort = "COM2";
            c.ConsoleTxPin = 4;
            c.ConsoleRxPin = 39;

            c.ReservedPins = new int[] { 5, 18, 19, 21, 22, 23, 25, 13, 14, 15 };
            c.ReservedReasons = new string[]
            {
                "is the LCD backlight", "is the LCD reset", "is the LCD SPI clock", "is the LCD D/C line",
                "is the LCD chip select", "is the LCD MOSI", "is the LCD MISO",
                "is JTAG TCK/SD card (FT2232)", "is JTAG TMS/SD card (FT2232)", "is JTAG TDO/SD card (FT2232)",
            };

            c.ArrayRows = 30;
            c.ArrayCols = 30;
            c.Limits = LabLimits.Create();
            return c;
        }
    }
}
