namespace ReRamNav.BoardConfigs.Kits
{
    /// <summary>
    /// Espressif ESP32-DevKitC (V4) with an ESP32-WROOM-32 module: no PSRAM, ~100 KB managed heap.
    /// The FPGA sits on the VSPI pins (SPI1 in nanoFramework, routed with Configuration.SetPinFunction).
    /// Firmware ESP32_REV0 runs on every silicon revision; ESP32_REV3 is smaller/faster on rev-3 chips only.
    /// </summary>
    public static class Esp32DevKitC
    {
        public const string Name = "esp32-devkitc";

        public static BoardConfig Create()
        {
            BoardConfig c = new BoardConfig();
            c.Name = Name;
            c.Description = "ESP32-DevKitC V4, ESP32-WROOM-32 (no PSRAM)";
            c.NanoffTarget = "ESP32_REV0";
            c.Family = McuFamily.Esp32;

            // VSPI's usual pins. GPIO5 is a strapping pin but idles high like an active-low chip select.
            c.SpiBusId = 1;
            c.SckPin = 18;
            c.MosiPin = 23;
            c.MisoPin = 19;
            c.ChipSelectPin = 5;
            c.SpiClockHz = 8000000;
            c.SpiMode = 0;

            c.ReadyPin = 4;
            c.ResetPin = 21;
            c.InterruptPin = 22;

            // The DevKitC has no user LED: wire one (with 330 ohm) from GPIO2 to GND; many clones have it on board.
            c.StatusLedPin = 2;
            c.StatusLedActiveHigh = true;
            // BOOT button: pulls GPIO0 low while pressed; harmless after boot.
            c.UserButtonPin = 0;
            c.UserButtonPressedHigh = false;

            // UART2's usual pins, as COM2 (COM1 is the USB bridge and carries the debugger).
            c.ConsolePort = "COM2";
            c.ConsoleTxPin = 17;
            c.ConsoleRxPin = 16;

            c.ArrayRows = 30;
            c.ArrayCols = 30;
            c.Limits = LabLimits.Create();
            return c;
        }
    }
}
