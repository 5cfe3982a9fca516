using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Firmware.Characterisation
{
    /// <summary>
    /// The cells a routine works on: a range of places and a device mask (bit d = device d). Expanded
    /// once into flat place/device arrays so that the routines' loops allocate nothing.
    /// </summary>
    public sealed class CellSelection
    {
        public int FirstPlace;
        /// <summary>Places; 0 = to the end of the array.</summary>
        public int PlaceCount;
        public int DeviceMask = ReadBlockPayload.AllDevicesMask;

        public int[] Places;
        public int[] Devices;
        public int Count;

        /// <summary>Checks the selection against the board and fills <see cref="Places"/> / <see cref="Devices"/>.</summary>
        public void Expand(BoardIdentity identity)
        {
            int count = PlaceCount == 0 ? identity.PlaceCount - FirstPlace : PlaceCount;
            if (FirstPlace < 0 || count < 1 || FirstPlace + count > identity.PlaceCount)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "places " + FirstPlace + "+" + count + " are outside 0.." + (identity.PlaceCount - 1));
            }
            if (DeviceMask == 0 || (DeviceMask & ~ReadBlockPayload.AllDevicesMask) != 0)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "device mask 0x" + DeviceMask.ToString("X3") + " must select devices 0..8");
            }
            PlaceCount = count;
            int perPlace = ReadBlockPayload.DevicesInMask(DeviceMask);
            Count = count * perPlace;
            Places = new int[Count];
            Devices = new int[Count];
            int i = 0;
            for (int place = FirstPlace; place < FirstPlace + count; place++)
            {
                for (int d = 0; d < Payloads.DevicesPerPlace; d++)
                {
                    if ((DeviceMask & (1 << d)) == 0) continue;
                    Places[i] = place;
                    Devices[i] = d;
                    i++;
                }
            }
        }

        /// <summary>Reads cells [from, from + n) of the selection into <paramref name="conductanceNs"/>, in
        /// READ_CELLS transactions of up to 255 cells.</summary>
        public void Read(ReRamBoard board, int from, int n, int readMv, int samples, int[] scratchPlaces, int[] scratchDevices,
            int[] scratchValues, int[] conductanceNs)
        {
            int done = 0;
            while (done < n)
            {
                int chunk = n - done;
                if (chunk > Payloads.MaxReadCells) chunk = Payloads.MaxReadCells;
                for (int k = 0; k < chunk; k++)
                {
                    scratchPlaces[k] = Places[from + done + k];
                    scratchDevices[k] = Devices[from + done + k];
                }
                board.ReadCells(scratchPlaces, scratchDevices, chunk, readMv, samples, scratchValues);
                for (int k = 0; k < chunk; k++) conductanceNs[done + k] = scratchValues[k];
                done += chunk;
            }
        }
    }
}
