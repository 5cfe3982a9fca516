using ReRamNav.Drivers.Board;

namespace ReRamNav.Firmware.Characterisation
{
    /// <summary>
    /// Forming sweep (ArC FormFinder, NI-RRAM dynamic_form): FORM pulses of rising amplitude, a read
    /// after each, until the cell's conductance reaches <see cref="FormedNs"/> or the amplitude reaches
    /// <see cref="StopMv"/>. All unformed cells of a step go in one PULSE_LIST and one read, so a step
    /// costs two transactions (per 85 cells). The whole sweep is checked against the limits before the
    /// first pulse. Columns: step, place, device, amplitude_mv, compliance_ua, width_ns, conductance_ns, formed.
    /// </summary>
    public sealed class FormingSweepRoutine
    {
        public const string Name = "form";
        public static readonly string[] Columns = { "step", "place", "device", "amplitude_mv", "compliance_ua", "width_ns", "conductance_ns", "formed" };

        public readonly CellSelection Cells = new CellSelection();
        public int StartMv = 1500;
        public int StepMv = 250;
        public int StopMv = 3500;
        public int ComplianceUa = 50;
        public int WidthNs = 10000;
        public int ReadMv = 200;
        public int Samples = 4;
        /// <summary>A cell counts as formed at or above this conductance, nS (40 µS = 25 kΩ).</summary>
        public int FormedNs = 40000;

        /// <summary>Cells formed by the last run.</summary>
        public int FormedCount;

        public void Run(ReRamBoard board, IResultSink sink)
        {
            if (board.Identity == null) throw new BoardException(BoardErrorKind.NotConnected, 0, "call Connect() first");
            if (StepMv <= 0 || StartMv > StopMv) throw new BoardException(BoardErrorKind.BadArgument, 0, "forming sweep " + StartMv + ".." + StopMv + " mV step " + StepMv + " is empty");
            // Refuse the whole sweep up front (by its worst pulse), so a sweep never stops half-way on a limit.
            string violation = board.Limits.CheckPulse(Drivers.Protocol.PulseKind.Form, StopMv, ComplianceUa, WidthNs);
            if (violation != null) throw new BoardException(BoardErrorKind.LimitRefused, 0, "forming sweep refused before sending: " + violation);
            violation = board.Limits.CheckRead(ReadMv, Samples);
            if (violation != null) throw new BoardException(BoardErrorKind.LimitRefused, 0, "forming sweep refused before sending: " + violation);
            Cells.Expand(board.Identity);
            int n = Cells.Count;
            var formed = new bool[n];
            var active = new int[n];
            var values = new int[n];
            var places = new int[n];
            var devices = new int[n];
            var scratch = new int[Drivers.Protocol.Payloads.MaxReadCells];
            var row = new long[Columns.Length];
            sink.BeginTable(Name, Columns);
            FormedCount = 0;
            int step = 0;
            for (int amplitude = StartMv; amplitude <= StopMv && FormedCount < n; amplitude += StepMv, step++)
            {
                int count = 0;
                for (int i = 0; i < n; i++)
                {
                    if (formed[i]) continue;
                    active[count] = i;
                    places[count] = Cells.Places[i];
                    devices[count] = Cells.Devices[i];
                    count++;
                    board.AddForm(Cells.Places[i], Cells.Devices[i], amplitude, ComplianceUa, WidthNs);
                }
                board.CommitPulses();
                ReadList(board, places, devices, count, scratch, values);
                for (int k = 0; k < count; k++)
                {
                    int i = active[k];
                    bool isFormed = values[k] >= FormedNs;
                    if (isFormed) { formed[i] = true; FormedCount++; }
                    row[0] = step; row[1] = Cells.Places[i]; row[2] = Cells.Devices[i]; row[3] = amplitude;
                    row[4] = ComplianceUa; row[5] = WidthNs; row[6] = values[k]; row[7] = isFormed ? 1 : 0;
                    sink.Row(row);
                }
            }
            sink.EndTable();
        }

        private void ReadList(ReRamBoard board, int[] places, int[] devices, int count, int[] scratch, int[] values)
        {
            for (int done = 0; done < count; done += Drivers.Protocol.Payloads.MaxReadCells)
            {
                int chunk = count - done;
                if (chunk > Drivers.Protocol.Payloads.MaxReadCells) chunk = Drivers.Protocol.Payloads.MaxReadCells;
                var p = _chunkPlaces;
                var d = _chunkDevices;
                for (int k = 0; k < chunk; k++) { p[k] = places[done + k]; d[k] = devices[done + k]; }
                board.ReadCells(p, d, chunk, ReadMv, Samples, scratch);
                for (int k = 0; k < chunk; k++) values[done + k] = scratch[k];
            }
        }

        private readonly int[] _chunkPlaces = new int[Drivers.Protocol.Payloads.MaxReadCells];
        private readonly int[] _chunkDevices = new int[Drivers.Protocol.Payloads.MaxReadCells];
    }
}
