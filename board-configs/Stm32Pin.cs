namespace ReRamNav.BoardConfigs
{
    /// <summary>
    /// nanoFramework's pin numbers on STM32 targets: (port - 'A') * 16 + bit, so PA0 = 0, PB0 = 16,
    /// PJ5 = 149 (nanoframework/Samples Blinky, and the docs' STM32F769I-DISCOVERY LED table).
    /// </summary>
    public static class Stm32Pin
    {
        private const int PinsPerPort = 16;

        /// <summary>The GpioController pin number of port <paramref name="port"/> ('A'..'K'), bit <paramref name="bit"/> (0..15).</summary>
        public static int Number(char port, int bit)
        {
            return (port - 'A') * PinsPerPort + bit;
        }

        /// <summary>"PF7" for 87.</summary>
        public static string Name(int pin)
        {
            if (pin < 0)
            {
                return "none";
            }

            char port = (char)('A' + pin / PinsPerPort);
            return "P" + port + (pin % PinsPerPort);
        }
    }
}
