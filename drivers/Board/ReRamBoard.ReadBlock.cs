using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>READ_BLOCK (protocol 1.1) and single-cell reads.</summary>
    public sealed partial class ReRamBoard
    {
        private readonly int[] _onePlace = new int[1];
        private readonly int[] _oneDevice = new int[1];
        private readonly int[] _oneValue = new int[1];

        /// <summary>One device, nS (one READ_CELLS transaction; no allocation).</summary>
        public int ReadCell(int place, int device, int readMv, int samples)
        {
            _onePlace[0] = place;
            _oneDevice[0] = device;
            ReadCells(_onePlace, _oneDevice, 1, readMv, samples, _oneValue);
            return _oneValue[0];
        }

        /// <summary>
        /// Reads places <paramref name="firstPlace"/> .. +<paramref name="placeCount"/>-1, the devices whose
        /// bits are set in <paramref name="deviceMask"/>, each the mean of <paramref name="samples"/> reads,
        /// into <paramref name="conductanceNs"/> place-major (devices ascending within a place), nS.
        /// At most <see cref="ReadBlockPayload.MaxValues"/> values per call; returns the number written.
        /// </summary>
        public int ReadBlock(int firstPlace, int placeCount, int deviceMask, int readMv, int samples, int[] conductanceNs)
        {
            RequireCapability(Capability.ReadBlock, Opcode.ReadBlock);
            if ((deviceMask & ~ReadBlockPayload.AllDevicesMask) != 0 || deviceMask == 0)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "device mask 0x" + deviceMask.ToString("X4") + " must select devices 0..8 only");
            }
            if (placeCount < 1 || firstPlace < 0 || firstPlace + placeCount > _identity.PlaceCount)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "places " + firstPlace + "+" + placeCount + " are outside 0.." + (_identity.PlaceCount - 1));
            }
            int values = placeCount * ReadBlockPayload.DevicesInMask(deviceMask);
            if (values > ReadBlockPayload.MaxValues)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "READ_BLOCK of " + values + " values exceeds " + ReadBlockPayload.MaxValues + " per transaction");
            }
            CheckRead(readMv, samples);
            int p = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(_tx, p + ReadBlockPayload.ReadMv, readMv);
            _tx[p + ReadBlockPayload.Samples] = (byte)samples;
            _tx[p + ReadBlockPayload.Reserved] = 0;
            LittleEndian.WriteU16(_tx, p + ReadBlockPayload.FirstPlace, firstPlace);
            LittleEndian.WriteU16(_tx, p + ReadBlockPayload.PlaceCount, placeCount);
            LittleEndian.WriteU16(_tx, p + ReadBlockPayload.DeviceMask, deviceMask);
            Exchange(_tx, Opcode.ReadBlock, ReadBlockPayload.RequestBytes, values * 4, true, ReadWorstCaseUs(values, samples));
            CopyConductances(values, readMv, samples, conductanceNs);
            if (OperationLog != null) LogBlock(firstPlace, placeCount, deviceMask, readMv, samples, conductanceNs);
            return values;
        }
    }
}
