namespace ReRamNav.BoardConfigs.Kits
{
    /// <summary>
    /// The virtual board running inside the firmware on a dev kit with nothing wired to it: the same
    /// driver, protocol and agent, with hal-mock's board behind the SPI seam instead of the FPGA. For
    /// trying the console and the demo before the FPGA board exists, and for measuring the MCU's own
    /// speed and memory. <see cref="Create"/> gives it on an ESP32-DevKitC; <see cref="On"/> on any kit.
    /// </summary>
    public static class MockBench
    {
        public const string Name = "mock-bench";

        /// <summary>SPI clock the virtual link is timed at, Hz (VirtualBoardConfig's default, a conservative FPGA SPI slave).</summary>
        public const int VirtualSpiClockHz = 10000000;

        public static BoardConfig Create()
        {
            BoardConfig c = On(Esp32DevKitC.Create());
            c.Name = Name;
            return c;
        }

        /// <summary>
        /// The virtual board on <paramref name="kit"/>: keeps its firmware target, LED, button and console,
        /// drops the FPGA wiring (nothing is opened on those pins).
        /// </summary>
        public static BoardConfig On(BoardConfig kit)
        {
            kit.Name = kit.Name + "+" + Name;
            kit.Description = "virtual board on " + kit.Description;
            kit.UsesVirtualBoard = true;
            kit.SpiBusId = 0;
            kit.SckPin = BoardConfig.NoPin;
            kit.MosiPin = BoardConfig.NoPin;
            kit.MisoPin = BoardConfig.NoPin;
            kit.ChipSelectPin = BoardConfig.NoPin;
            kit.ReadyPin = BoardConfig.NoPin;
            kit.ResetPin = BoardConfig.NoPin;
            kit.InterruptPin = BoardConfig.NoPin;
            kit.SpiClockHz = VirtualSpiClockHz;
            kit.SpiMode = 0;
            return kit;
        }
    }
}
