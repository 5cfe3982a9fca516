using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Firmware.Characterisation
{
    /// <summary>
    /// Read map of the array (ArC "Read All"): every selected device at the read voltage, n-sample
    /// averaged. Uses READ_BLOCK (up to 256 values per transaction) when the board has it, READ_CELLS
    /// otherwise. Columns: place, row, col, device, conductance_ns.
    /// </summary>
    public sealed class ReadMapRoutine
    {
        public const string Name = "readmap";
        public static readonly string[] Columns = { "place", "row", "col", "device", "conductance_ns" };

        public readonly CellSelection Cells = new CellSelection();
        public int ReadMv = 200;
        public int Samples = 4;

        /// <summary>Devices read by the last run.</summary>
        public int DevicesRead;

        public void Run(ReRamBoard board, IResultSink sink)
        {
            BoardIdentity id = board.Identity;
            if (id == null) throw new BoardException(BoardErrorKind.NotConnected, 0, "call Connect() first");
            Cells.Expand(id);
            var row = new long[Columns.Length];
            var values = new int[ReadBlockPayload.MaxValues];
            int perPlace = ReadBlockPayload.DevicesInMask(Cells.DeviceMask);
            int placesPerRead = ReadBlockPayload.MaxValues / perPlace;
            bool block = id.Has(Capability.ReadBlock);
            var places = new int[Payloads.MaxReadCells];
            var devices = new int[Payloads.MaxReadCells];
            var scratch = new int[Payloads.MaxReadCells];
            sink.BeginTable(Name, Columns);
            DevicesRead = 0;
            for (int first = 0; first < Cells.PlaceCount; first += placesPerRead)
            {
                int count = Cells.PlaceCount - first;
                if (count > placesPerRead) count = placesPerRead;
                int n = count * perPlace;
                if (block) board.ReadBlock(Cells.FirstPlace + first, count, Cells.DeviceMask, ReadMv, Samples, values);
                else Cells.Read(board, first * perPlace, n, ReadMv, Samples, places, devices, scratch, values);
                for (int i = 0; i < n; i++)
                {
                    int place = Cells.Places[first * perPlace + i];
                    row[0] = place;
                    row[1] = place / id.Cols;
                    row[2] = place % id.Cols;
                    row[3] = Cells.Devices[first * perPlace + i];
                    row[4] = values[i];
                    sink.Row(row);
                }
                DevicesRead += n;
            }
            sink.EndTable();
        }
    }
}
