namespace ReRamNav.Drivers.Hal
{
    /// <summary>
    /// A full-duplex SPI link with its own chip-select: one call is one chip-select assertion.
    /// Implemented by the SpiDevice adapter on the device (Device/SpiDeviceBus.cs) and by the
    /// virtual board. Buffers are passed with offsets so that callers can reuse one array.
    /// </summary>
    public interface ISpiBus
    {
        /// <summary>Clocks <paramref name="length"/> bytes out of <paramref name="writeBuffer"/>
        /// while clocking the same number of bytes into <paramref name="readBuffer"/>.</summary>
        void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length);

        /// <summary>SPI clock in Hz, for modelling transfer time and for reports.</summary>
        int ClockHz { get; }
    }
}
