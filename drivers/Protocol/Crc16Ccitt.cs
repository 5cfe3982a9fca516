namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final XOR): check value
    /// 0x29B1 for ASCII "123456789". Chosen because every FPGA vendor ships it as a free IP core
    /// and it catches all 1- and 2-bit errors in frames far longer than ours.
    /// Table-free on purpose: 8 shifts per byte are cheap on an ESP32 and save 512 bytes of heap.
    /// </summary>
    public static class Crc16Ccitt
    {
        public const ushort InitialValue = 0xFFFF;
        public const ushort Polynomial = 0x1021;

        public static ushort Compute(byte[] buffer, int offset, int length)
        {
            return Update(InitialValue, buffer, offset, length);
        }

        public static ushort Update(ushort crc, byte[] buffer, int offset, int length)
        {
            int end = offset + length;
            for (int i = offset; i < end; i++)
            {
                crc ^= (ushort)(buffer[i] << 8);
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 0x8000) != 0 ? (ushort)((crc << 1) ^ Polynomial) : (ushort)(crc << 1);
                }
            }
            return crc;
        }
    }
}
