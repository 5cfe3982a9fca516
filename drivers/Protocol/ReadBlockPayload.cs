namespace ReRamNav.Drivers.Protocol
{
    /// <summary>
    /// READ_BLOCK (0x12, protocol 1.1). Request 10 bytes; response one u32 conductance (nS) per
    /// (place, device) pair, place-major: for place = first .. first+count-1, for each device whose bit
    /// is set in the mask, ascending. Whole rows are places row*cols .. row*cols+cols-1, so a block of
    /// rows is one contiguous range. Each value is the integer mean (floor) of <c>samples</c> reads.
    /// </summary>
    public static class ReadBlockPayload
    {
        public const int ReadMv = 0;             // u16 read voltage, mV
        public const int Samples = 2;            // u8 samples averaged per device, 1..255
        public const int Reserved = 3;           // u8, 0
        public const int FirstPlace = 4;         // u16
        public const int PlaceCount = 6;         // u16, >= 1
        public const int DeviceMask = 8;         // u16, bit d = device d (0..8); bits 9..15 must be 0
        public const int RequestBytes = 10;
        /// <summary>Largest number of values in one response (1024 / 4).</summary>
        public const int MaxValues = FrameLayout.MaxPayloadBytes / 4;
        /// <summary>Mask selecting all 9 devices of a place.</summary>
        public const int AllDevicesMask = 0x01FF;

        /// <summary>Number of bits set in the low 9 bits of a device mask.</summary>
        public static int DevicesInMask(int mask)
        {
            int n = 0;
            for (int d = 0; d < Payloads.DevicesPerPlace; d++)
            {
                if ((mask & (1 << d)) != 0) n++;
            }
            return n;
        }
    }
}
