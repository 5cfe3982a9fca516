using ReRamNav.Drivers.Protocol;

namespace ReRamNav.HalMock
{
    /// <summary>The virtual board's read opcodes: READ_NEIGHBOURHOOD, READ_CELLS, READ_BLOCK.
    /// Every check comes before the first read, so a refused command reads nothing.</summary>
    public sealed partial class VirtualBoard
    {
        private byte ExecuteReadNeighbourhood(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength != Payloads.ReadNbrRequestBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int readMv = LittleEndian.ReadU16(_command, p + Payloads.ReadNbrReadMv);
            int samples = _command[p + Payloads.ReadNbrSamples];
            int place = LittleEndian.ReadU16(_command, p + Payloads.ReadNbrPlace);
            if (place >= Array.PlaceCount) return StatusCode.AddressOutOfRange;
            if (Config.Limits.CheckRead(readMv, samples) != null) return StatusCode.LimitExceeded;
            int row = place / Config.Cols;
            int col = place - row * Config.Cols;
            int o = FrameLayout.OffsetPayload;
            for (int d = 0; d < 8; d++)
            {
                LittleEndian.WriteU32(_response, o + 4 * d, (uint)ReadAveraged(place, d, samples));
            }
            int reads = 9;
            for (int d = 0; d < 8; d++)
            {
                int r = row + NeighbourRowDelta[d];
                int c = col + NeighbourColDelta[d];
                uint value = Payloads.NoCellConductance;
                if (r >= 0 && r < Config.Rows && c >= 0 && c < Config.Cols)
                {
                    value = (uint)ReadAveraged(r * Config.Cols + c, Payloads.StateDevice, samples);
                    reads++;
                }
                LittleEndian.WriteU32(_response, o + 32 + 4 * d, value);
            }
            LittleEndian.WriteU32(_response, o + 64, (uint)ReadAveraged(place, Payloads.StateDevice, samples));
            busyNs += (long)reads * samples * Config.ReadSampleNs;
            responsePayload = Payloads.ReadNbrResponseBytes;
            return StatusCode.Ok;
        }

        private byte ExecuteReadCells(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength < Payloads.ReadCellsHeaderBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int readMv = LittleEndian.ReadU16(_command, p + Payloads.ReadCellsReadMv);
            int samples = _command[p + Payloads.ReadCellsSamples];
            int count = _command[p + Payloads.ReadCellsCount];
            if (count == 0 || payloadLength != Payloads.ReadCellsHeaderBytes + count * Payloads.ReadCellsEntryBytes) return StatusCode.BadLength;
            if (Config.Limits.CheckRead(readMv, samples) != null) return StatusCode.LimitExceeded;
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.ReadCellsHeaderBytes + i * Payloads.ReadCellsEntryBytes;
                if (LittleEndian.ReadU16(_command, e) >= Array.PlaceCount || _command[e + 2] >= Payloads.DevicesPerPlace)
                {
                    return StatusCode.AddressOutOfRange;
                }
            }
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.ReadCellsHeaderBytes + i * Payloads.ReadCellsEntryBytes;
                int value = ReadAveraged(LittleEndian.ReadU16(_command, e), _command[e + 2], samples);
                LittleEndian.WriteU32(_response, FrameLayout.OffsetPayload + 4 * i, (uint)value);
            }
            busyNs += (long)count * samples * Config.ReadSampleNs;
            responsePayload = count * 4;
            return StatusCode.Ok;
        }

        private byte ExecuteReadBlock(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength != ReadBlockPayload.RequestBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int readMv = LittleEndian.ReadU16(_command, p + ReadBlockPayload.ReadMv);
            int samples = _command[p + ReadBlockPayload.Samples];
            int first = LittleEndian.ReadU16(_command, p + ReadBlockPayload.FirstPlace);
            int count = LittleEndian.ReadU16(_command, p + ReadBlockPayload.PlaceCount);
            int mask = LittleEndian.ReadU16(_command, p + ReadBlockPayload.DeviceMask);
            if (count == 0 || mask == 0 || (mask & ~ReadBlockPayload.AllDevicesMask) != 0) return StatusCode.BadParameter;
            int values = count * ReadBlockPayload.DevicesInMask(mask);
            if (values > ReadBlockPayload.MaxValues) return StatusCode.BadParameter;
            if (first + count > Array.PlaceCount) return StatusCode.AddressOutOfRange;
            if (Config.Limits.CheckRead(readMv, samples) != null) return StatusCode.LimitExceeded;
            int o = FrameLayout.OffsetPayload;
            for (int place = first; place < first + count; place++)
            {
                for (int d = 0; d < Payloads.DevicesPerPlace; d++)
                {
                    if ((mask & (1 << d)) == 0) continue;
                    LittleEndian.WriteU32(_response, o, (uint)ReadAveraged(place, d, samples));
                    o += 4;
                }
            }
            busyNs += (long)values * samples * Config.ReadSampleNs;
            responsePayload = values * 4;
            return StatusCode.Ok;
        }

        /// <summary>The integer mean (floor) of <paramref name="samples"/> reads, as protocol.md specifies.</summary>
        private int ReadAveraged(int place, int device, int samples)
        {
            long sum = 0;
            for (int s = 0; s < samples; s++)
            {
                sum += Array.ReadNs(place, device);
            }
            ReadSamples += samples;
            return (int)(sum / samples);
        }

        // Direction order N, NE, E, SE, S, SW, W, NW (paper NAV.m cases 1-8; X = row, Y = column).
        private static readonly int[] NeighbourRowDelta = { -1, -1, 0, 1, 1, 1, 0, -1 };
        private static readonly int[] NeighbourColDelta = { 0, 1, 1, 1, 0, -1, -1, -1 };
    }
}
