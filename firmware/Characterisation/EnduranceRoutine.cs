using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Firmware.Characterisation
{
    /// <summary>
    /// Endurance cycling (ArC Endurance, EMBER OP_CYCLE): SET then RESET every selected cell, reading
    /// after each half cycle. Per cycle: one PULSE_LIST of SETs, one read, one PULSE_LIST of RESETs, one
    /// read (per 85 / 255 cells). A row every <see cref="LogEvery"/> cycles (and the last).
    /// Columns: cycle, place, device, lrs_ns, hrs_ns, ratio_x100 (LRS/HRS conductance ratio × 100).
    /// </summary>
    public sealed class EnduranceRoutine
    {
        public const string Name = "endurance";
        public static readonly string[] Columns = { "cycle", "place", "device", "lrs_ns", "hrs_ns", "ratio_x100" };

        public readonly CellSelection Cells = new CellSelection();
        public int Cycles = 100;
        public int LogEvery = 1;
        public int SetMv = 1500;
        public int ComplianceUa = 100;
        public int StopMv = 1400;
        public int WidthNs = 1000;
        public int ReadMv = 200;
        public int Samples = 1;

        /// <summary>Cells whose last logged LRS/HRS ratio was below 2 (the window has closed).</summary>
        public int ClosedCount;

        public void Run(ReRamBoard board, IResultSink sink)
        {
            if (board.Identity == null) throw new BoardException(BoardErrorKind.NotConnected, 0, "call Connect() first");
            if (Cycles < 1 || LogEvery < 1) throw new BoardException(BoardErrorKind.BadArgument, 0, "cycles and log interval must be >= 1");
            string v = board.Limits.CheckPulse(PulseKind.Set, SetMv, ComplianceUa, WidthNs);
            if (v == null) v = board.Limits.CheckPulse(PulseKind.Reset, StopMv, 0, WidthNs);
            if (v == null) v = board.Limits.CheckRead(ReadMv, Samples);
            if (v != null) throw new BoardException(BoardErrorKind.LimitRefused, 0, "endurance refused before sending: " + v);
            Cells.Expand(board.Identity);
            int n = Cells.Count;
            var lrs = new int[n];
            var hrs = new int[n];
            var places = new int[Payloads.MaxReadCells];
            var devices = new int[Payloads.MaxReadCells];
            var scratch = new int[Payloads.MaxReadCells];
            var row = new long[Columns.Length];
            sink.BeginTable(Name, Columns);
            for (int cycle = 1; cycle <= Cycles; cycle++)
            {
                for (int i = 0; i < n; i++) board.AddSet(Cells.Places[i], Cells.Devices[i], SetMv, ComplianceUa, WidthNs);
                board.CommitPulses();
                Cells.Read(board, 0, n, ReadMv, Samples, places, devices, scratch, lrs);
                for (int i = 0; i < n; i++) board.AddReset(Cells.Places[i], Cells.Devices[i], StopMv, WidthNs);
                board.CommitPulses();
                Cells.Read(board, 0, n, ReadMv, Samples, places, devices, scratch, hrs);
                if (cycle % LogEvery != 0 && cycle != Cycles) continue;
                ClosedCount = 0;
                for (int i = 0; i < n; i++)
                {
                    long ratio = hrs[i] > 0 ? (long)lrs[i] * 100 / hrs[i] : long.MaxValue;
                    if (ratio < 200) ClosedCount++;
                    row[0] = cycle; row[1] = Cells.Places[i]; row[2] = Cells.Devices[i]; row[3] = lrs[i]; row[4] = hrs[i]; row[5] = ratio;
                    sink.Row(row);
                }
            }
            sink.EndTable();
        }
    }
}
