namespace ReRamNav.BoardConfigs.Kits
{
    /// <summary>
    /// Espressif ESP32-S3-DevKitC-1 with an ESP32-S3-WROOM-1 N8R8 or N16R8 module (octal PSRAM: firmware
    /// ESP32_S3_OCTAL; for N8R2-style quad-PSRAM modules flash ESP32_S3_QUAD instead). The S3 has no
    /// default SPI pins, so the firmware must route them; these are the FSPI IO-MUX pins (GPIO10..13).
    /// </summary>
    public static class Esp32S3DevKitC
    {
        public const string Name = "esp32-s3-devkitc";

        public static BoardConfig Create()
        {
            BoardConfig c = new BoardConfig();
            c.Name = Name;
            c.Description = "ESP32-S3-DevKitC-1, ESP32-S3-WROOM-1 N8R8/N16R8 (octal PSRAM)";
            c.NanoffTarget = "ESP32_S3_OCTAL";
            c.Family = McuFamily.Esp32S3;

            c.SpiBusId = 1;
            c.SckPin = 12;
            c.MosiPin = 11;
            c.MisoPin = 13;
            c.ChipSelectPin = 10;
            c.SpiClockHz = 8000000;
            c.SpiMode = 0;

            c.ReadyPin = 4;
            c.ResetPin = 5;
            c.InterruptPin = 6;

            // The on-board RGB LED (GPIO48 or GPIO38, by board revision) is an addressable WS2812, not a plain LED.
            c.StatusLedPin = BoardConfig.NoPin;
            c.UserButtonPin = 0;
            c.UserButtonPressedHigh = false;

            c.ConsolePort = "COM2";
            c.ConsoleTxPin = 17;
            c.ConsoleRxPin = 18;

            c.ArrayRows = 30;
            c.ArrayCols = 30;
            c.Limits = LabLimits.Create();
            return c;
        }
    }
}
