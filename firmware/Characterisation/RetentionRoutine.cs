using ReRamNav.Drivers.Board;

namespace ReRamNav.Firmware.Characterisation
{
    /// <summary>
    /// Retention (ArC Retention, NI-RRAM retention script): read the selected cells every
    /// <see cref="IntervalUs"/> for <see cref="Reads"/> reads, timestamped with the driver's clock (virtual
    /// time on the virtual board, so hours of retention simulate in milliseconds). No pulses.
    /// Columns: read, time_us, place, device, conductance_ns.
    /// </summary>
    public sealed class RetentionRoutine
    {
        public const string Name = "retention";
        public static readonly string[] Columns = { "read", "time_us", "place", "device", "conductance_ns" };

        public readonly CellSelection Cells = new CellSelection();
        public int Reads = 10;
        public int IntervalUs = 1000000;
        public int ReadMv = 200;
        public int Samples = 4;

        public void Run(ReRamBoard board, IResultSink sink)
        {
            if (board.Identity == null) throw new BoardException(BoardErrorKind.NotConnected, 0, "call Connect() first");
            if (Reads < 1 || IntervalUs < 0) throw new BoardException(BoardErrorKind.BadArgument, 0, "reads must be >= 1 and the interval >= 0");
            string v = board.Limits.CheckRead(ReadMv, Samples);
            if (v != null) throw new BoardException(BoardErrorKind.LimitRefused, 0, "retention refused before sending: " + v);
            Cells.Expand(board.Identity);
            int n = Cells.Count;
            var values = new int[n];
            var places = new int[Drivers.Protocol.Payloads.MaxReadCells];
            var devices = new int[Drivers.Protocol.Payloads.MaxReadCells];
            var scratch = new int[Drivers.Protocol.Payloads.MaxReadCells];
            var row = new long[Columns.Length];
            long startUs = board.Clock.NowUs;
            sink.BeginTable(Name, Columns);
            for (int r = 0; r < Reads; r++)
            {
                if (r > 0) board.Clock.DelayUs(IntervalUs);
                long t = board.Clock.NowUs - startUs;
                Cells.Read(board, 0, n, ReadMv, Samples, places, devices, scratch, values);
                for (int i = 0; i < n; i++)
                {
                    row[0] = r; row[1] = t; row[2] = Cells.Places[i]; row[3] = Cells.Devices[i]; row[4] = values[i];
                    sink.Row(row);
                }
            }
            sink.EndTable();
        }
    }
}
