using System.CommandLine;
using ReRamNav.Firmware.Characterisation;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>
/// `board read-map`, `board form`, `board endurance`, `board retention`: the characterisation routines of
/// firmware/Characterisation (the same code the device console runs) over an area of the array
/// (--first-place, --places, --devices). Each routine checks its whole sweep against the limits before
/// its first pulse.
/// </summary>
internal static class BoardRoutineCommands
{
    public static void AddTo(Command board, TextWriter stdout, TextWriter stderr)
    {
        board.Subcommands.Add(BoardCommand.Sub("read-map", "Read map of the array: every selected device, READ_BLOCK (a block of rows per transaction), n-sample averaged",
            false, Area, run =>
            {
                var r = new ReadMapRoutine { ReadMv = run.ReadMv, Samples = run.Samples };
                BoardSelection.Apply(run, r.Cells);
                r.Run(run.Driver, run.Sink());
                return $"{r.DevicesRead} devices read";
            }, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("form", "Forming sweep: FORM pulses of rising amplitude, a read after each, until each cell conducts",
            false, o =>
            {
                Area(o);
                o.Add("--start-mv", 1500, "First FORM amplitude, mV");
                o.Add("--step-mv", 250, "Amplitude step, mV");
                o.Add("--stop-mv", 3250, "Last FORM amplitude, mV (limit FormMaxMv)");
                o.Add("--compliance-ua", 50, "Compliance current I_C, µA");
                o.Add("--width-ns", 10000, "Pulse width, ns");
                o.Add("--formed-ns", 40000, "A cell counts as formed at this conductance, nS");
            }, run =>
            {
                var r = new FormingSweepRoutine
                {
                    ReadMv = run.ReadMv, Samples = run.Samples, StartMv = run.Int("--start-mv"), StepMv = run.Positive("--step-mv"),
                    StopMv = run.Int("--stop-mv"), ComplianceUa = run.Int("--compliance-ua"), WidthNs = run.Int("--width-ns"), FormedNs = run.Int("--formed-ns"),
                };
                if (r.StartMv > r.StopMv) throw new CliUsageException($"--start-mv {r.StartMv} is above --stop-mv {r.StopMv}: the sweep is empty");
                BoardSelection.Apply(run, r.Cells);
                r.Run(run.Driver, run.Sink());
                return $"{r.FormedCount} of {r.Cells.Count} cells formed";
            }, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("endurance", "Endurance: SET/RESET cycling with a read after each half cycle",
            false, o =>
            {
                Area(o);
                o.Add("--cycles", 100, "SET/RESET cycles");
                o.Add("--log-every", 1, "Write a row every N cycles (and the last)");
                o.Add("--set-mv", 1500, "SET amplitude, mV");
                o.Add("--compliance-ua", 100, "SET compliance current, µA");
                o.Add("--stop-mv", 1400, "RESET stop voltage magnitude |V_STOP|, mV");
                o.Add("--width-ns", 1000, "Pulse width, ns");
            }, run =>
            {
                var r = new EnduranceRoutine
                {
                    ReadMv = run.ReadMv, Samples = run.Samples, Cycles = run.Positive("--cycles"), LogEvery = run.Positive("--log-every"),
                    SetMv = run.Int("--set-mv"), ComplianceUa = run.Int("--compliance-ua"), StopMv = run.Int("--stop-mv"), WidthNs = run.Int("--width-ns"),
                };
                BoardSelection.Apply(run, r.Cells);
                // One row per logged cycle and cell: refuse a run whose CSV would fill a disk.
                r.Cells.Expand(run.Driver.Identity);
                // One --out row per logged cycle and cell; the operation log has 4 per cycle and cell (SET, read, RESET, read).
                long perCell = ((long)r.Cycles + r.LogEvery - 1) / r.LogEvery;
                long fitsPerCell = BoardRun.MaxRows / r.Cells.Count;
                string fix = fitsPerCell < 1 ? "fewer cells" : $"give --log-every {((long)r.Cycles + fitsPerCell - 1) / fitsPerCell} or more, or fewer --cycles or cells";
                long cyclesThatLog = BoardRun.MaxRows / (4L * r.Cells.Count);
                run.CheckRowBudget($"--cycles {r.Cycles} on {r.Cells.Count} cells with --log-every {r.LogEvery}", perCell * r.Cells.Count, 4L * r.Cycles * r.Cells.Count, fix,
                    cyclesThatLog < 1 ? "fewer cells" : $"give --cycles {cyclesThatLog} or fewer (the log has every pulse and read: --log-every does not shrink it), or fewer cells");
                r.Run(run.Driver, run.Sink());
                return $"{r.Cycles} cycles on {r.Cells.Count} cells, {r.ClosedCount} with LRS/HRS < 2 at the end";
            }, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("retention", "Retention: read the selected cells at fixed intervals (virtual time on the virtual board)",
            false, o =>
            {
                Area(o);
                o.Add("--reads", 10, "Number of reads of every cell");
                o.Add("--interval-us", 1000000, "Time between reads, µs");
            }, run =>
            {
                var r = new RetentionRoutine { ReadMv = run.ReadMv, Samples = run.Samples, Reads = run.Positive("--reads"), IntervalUs = run.Int("--interval-us") };
                if (r.IntervalUs < 0) throw new CliUsageException($"--interval-us: {r.IntervalUs} is negative");
                BoardSelection.Apply(run, r.Cells);
                r.Cells.Expand(run.Driver.Identity);
                // One --out row and one logged operation per read and cell.
                long rows = (long)r.Reads * r.Cells.Count;
                string readsFix = BoardRun.MaxRows / r.Cells.Count < 1 ? "fewer cells" : $"give --reads {BoardRun.MaxRows / r.Cells.Count} or fewer, or fewer cells";
                run.CheckRowBudget($"--reads {r.Reads} of {r.Cells.Count} cells", rows, rows, readsFix, readsFix);
                r.Run(run.Driver, run.Sink());
                return $"{r.Reads} reads of {r.Cells.Count} cells";
            }, stdout, stderr));
    }

    private static void Area(BoardOptions o)
    {
        BoardSelection.AddOptions(o);
        o.Add("--read-mv", 200, "Read voltage, mV (limit ReadMaxMv)");
        o.Add("--samples", 4, "Samples averaged per read, 1..255");
    }
}
