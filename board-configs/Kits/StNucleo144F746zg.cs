namespace ReRamNav.BoardConfigs.Kits
{
    /// <summary>
    /// ST NUCLEO-F746ZG (Nucleo-144), nanoFramework community target ST_NUCLEO144_F746ZG. Its firmware
    /// fixes SPI5 on PF7 (SCK), PF8 (MISO), PF9 (MOSI), alternate function 5
    /// (nf-Community-Targets ChibiOS/ST_NUCLEO144_F746ZG/target_system_device_spi_config.cpp), and the
    /// serial ports COM2 (PD5/PD6) and COM6 (PC6/PC7). The control lines use the Zio/Arduino header.
    /// </summary>
    public static class StNucleo144F746zg
    {
        public const string Name = "nucleo-f746zg";

        public static BoardConfig Create()
        {
            BoardConfig c = new BoardConfig();
            c.Name = Name;
            c.Description = "ST NUCLEO-F746ZG (Nucleo-144), community target";
            c.NanoffTarget = "ST_NUCLEO144_F746ZG";
            c.Family = McuFamily.Stm32F7;

            // Fixed by the firmware image: listed so the wiring table and the conflict check know them.
            c.SpiBusId = 5;
            c.SckPin = Stm32Pin.Number('F', 7);
            c.MisoPin = Stm32Pin.Number('F', 8);
            c.MosiPin = Stm32Pin.Number('F', 9);
            c.ChipSelectPin = Stm32Pin.Number('D', 14);   // Arduino D10
            // SPI5 runs from APB2 (108 MHz): 8 MHz requested gives the next prescaler step down, 6.75 MHz.
            c.SpiClockHz = 8000000;
            c.SpiMode = 0;

            c.ReadyPin = Stm32Pin.Number('F', 15);        // Arduino D2
            c.ResetPin = Stm32Pin.Number('E', 13);        // Arduino D3
            c.InterruptPin = Stm32Pin.Number('F', 14);    // Arduino D4

            c.StatusLedPin = Stm32Pin.Number('B', 0);     // LD1, green
            c.StatusLedActiveHigh = true;
            c.UserButtonPin = Stm32Pin.Number('C', 13);   // B1, blue: reads high while pressed
            c.UserButtonPressedHigh = true;

            c.ConsolePort = "COM6";
            c.ConsoleTxPin = Stm32Pin.Number('C', 6);
            c.ConsoleRxPin = Stm32Pin.Number('C', 7);

            c.ReservedPins = new int[]
            {
                Stm32Pin.Number('D', 8), Stm32Pin.Number('D', 9),
                Stm32Pin.Number('A', 1), Stm32Pin.Number('A', 2), Stm32Pin.Number('A', 7), Stm32Pin.Number('B', 13),
                Stm32Pin.Number('C', 1), Stm32Pin.Number('C', 4), Stm32Pin.Number('C', 5),
                Stm32Pin.Number('G', 11), Stm32Pin.Number('G', 13),
            };
            c.ReservedReasons = new string[]
            {
                "is USART3 TX, the ST-LINK virtual COM port (nanoFramework debug/deploy)",
                "is USART3 RX, the ST-LINK virtual COM port (nanoFramework debug/deploy)",
                "is Ethernet RMII (on-board PHY)", "is Ethernet RMII (on-board PHY)", "is Ethernet RMII (on-board PHY)",
                "is Ethernet RMII (on-board PHY)", "is Ethernet RMII (on-board PHY)", "is Ethernet RMII (on-board PHY)",
                "is Ethernet RMII (on-board PHY)", "is Ethernet RMII (on-board PHY)", "is Ethernet RMII (on-board PHY)",
            };

            c.ArrayRows = 30;
            c.ArrayCols = 30;
            c.Limits = LabLimits.Create();
            return c;
        }
    }
}
