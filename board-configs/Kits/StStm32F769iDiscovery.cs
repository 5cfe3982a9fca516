namespace ReRamNav.BoardConfigs.Kits
{
    /// <summary>
    /// ST STM32F769I-DISCO, nanoFramework reference target ST_STM32F769I_DISCOVERY (13 MiB managed heap in
    /// SDRAM). Its firmware fixes SPI2 on PA12 (SCK), PB14 (MISO), PB15 (MOSI), which are the Arduino
    /// header's D13/D12/D11 (nf-interpreter targets/ChibiOS/ST_STM32F769I_DISCOVERY/target_system_device_spi_config.cpp),
    /// and COM6 on PC6 (TX, D1) / PC7 (RX, D0) (target_system_io_ports_config.cpp).
    /// </summary>
    public static class StStm32F769iDiscovery
    {
        public const string Name = "stm32f769i-disco";

        public static BoardConfig Create()
        {
            BoardConfig c = new BoardConfig();
            c.Name = Name;
            c.Description = "ST STM32F769I-DISCO, reference target";
            c.NanoffTarget = "ST_STM32F769I_DISCOVERY";
            c.Family = McuFamily.Stm32F7;

            c.SpiBusId = 2;
            // PA12 also drives a user LED on this board: it flickers with the SPI clock, which is harmless.
            c.SckPin = Stm32Pin.Number('A', 12);           // Arduino D13
            c.MisoPin = Stm32Pin.Number('B', 14);          // Arduino D12
            c.MosiPin = Stm32Pin.Number('B', 15);          // Arduino D11
            c.ChipSelectPin = Stm32Pin.Number('A', 11);    // Arduino D10
            // SPI2 runs from APB1 (54 MHz): 8 MHz requested gives the next prescaler step down, 6.75 MHz.
            c.SpiClockHz = 8000000;
            c.SpiMode = 0;

            c.ReadyPin = Stm32Pin.Number('J', 1);          // Arduino D2
            c.ResetPin = Stm32Pin.Number('F', 6);          // Arduino D3
            c.InterruptPin = Stm32Pin.Number('J', 0);      // Arduino D4

            c.StatusLedPin = Stm32Pin.Number('J', 5);      // green user LED
            c.StatusLedActiveHigh = true;
            c.UserButtonPin = Stm32Pin.Number('A', 0);     // blue USER button: reads high while pressed
            c.UserButtonPressedHigh = true;

            c.ConsolePort = "COM6";
            c.ConsoleTxPin = Stm32Pin.Number('C', 6);      // Arduino D1
            c.ConsoleRxPin = Stm32Pin.Number('C', 7);      // Arduino D0

            c.ReservedPins = new int[] { Stm32Pin.Number('A', 9), Stm32Pin.Number('A', 10) };
            c.ReservedReasons = new string[]
            {
                "is USART1 TX, the ST-LINK virtual COM port (nanoFramework debug/deploy)",
                "is USART1 RX, the ST-LINK virtual COM port (nanoFramework debug/deploy)",
            };

            c.ArrayRows = 30;
            c.ArrayCols = 30;
            c.Limits = LabLimits.Create();
            return c;
        }
    }
}
