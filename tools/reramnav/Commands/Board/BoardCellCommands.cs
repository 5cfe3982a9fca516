using System.CommandLine;
using System.Globalization;
using ReRamNav.Drivers.Board;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>
/// `board read`, `board set`, `board reset`, `board program-verify`: operations on a list of cells
/// (--cell ROW,COL,DEVICE, repeatable). A list of pulses goes out in one PULSE_LIST transaction and a
/// list of reads in one READ_CELLS (per 85 pulses / 255 reads), as the agent does.
/// </summary>
internal static class BoardCellCommands
{
    public static void AddTo(Command board, TextWriter stdout, TextWriter stderr)
    {
        board.Subcommands.Add(BoardCommand.Sub("read", "READ_CELLS: the listed devices at the read voltage, n-sample averaged, nS",
            false, o => { CellOptions(o); }, Read, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("set", "SET pulse on each listed device (amplitude, compliance I_C, width), with a read before and after",
            false, o =>
            {
                CellOptions(o);
                o.Add("--set-mv", 1500, "SET amplitude V_SET, mV (limit SetMaxMv)");
                o.Add("--compliance-ua", 100, "Compliance current I_C set by the transistor gate, µA (limits ComplianceMinUa..ComplianceMaxUa)");
                o.Add("--width-ns", 1000, "Pulse width, ns (limits WidthMinNs..WidthMaxNs)");
            }, Set, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("reset", "RESET pulse on each listed device (stop voltage, width), with a read before and after",
            false, o =>
            {
                CellOptions(o);
                o.Add("--stop-mv", 1400, "RESET stop voltage magnitude |V_STOP|, mV: the pulse goes to -stop (limit ResetMaxMv)");
                o.Add("--width-ns", 1000, "Pulse width, ns (limits WidthMinNs..WidthMaxNs)");
            }, Reset, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("program-verify", "Program each listed device into a conductance window: verify read, SET/RESET with adapted I_C / V_STOP, up to --max-attempts pulses; on the board (PROGRAM_VERIFY) when it has it, else on the MCU",
            false, o =>
            {
                CellOptions(o);
                o.Add("--low-ns", 80000, "Window low end, nS");
                o.Add("--high-ns", 120000, "Window high end, nS");
                o.Add("--max-attempts", 20, "Most pulses per cell, 1..255");
                o.AddText("--on", "auto", "Where the loop runs: auto (board if IDENT has PROGRAM_VERIFY), board, mcu");
                o.Add("--set-mv", 1500, "SET amplitude, mV");
                o.Add("--compliance-min-ua", 50, "Lowest SET compliance, µA");
                o.Add("--compliance-max-ua", 170, "Highest SET compliance, µA");
                o.Add("--stop-min-mv", 1000, "Smallest RESET |V_STOP|, mV");
                o.Add("--stop-max-mv", 1600, "Largest RESET |V_STOP|, mV");
                o.Add("--width-ns", 1000, "Pulse width, ns");
            }, ProgramVerify, stdout, stderr));
        board.Subcommands.Add(BoardCommand.Sub("integrate", "Neuron bank: NEURON_LOAD the thresholds, then NEURON_INTEGRATE with the --cell devices as inputs (cell i feeds neuron i); reports the first neuron to fire and when",
            false, o =>
            {
                CellOptions(o);
                o.Add("--neurons", 8, "CMOS neurons on the virtual board (0 = a board without a neuron bank)");
                o.AddText("--thresholds-mv", "1000", "Firing thresholds, mV: one for all neurons, or one per --cell (comma-separated)");
                o.Add("--input-mv", 200, "Input voltage across the devices, mV (limit ReadMaxMv: it sits across the array like a read)");
                o.Add("--max-time-ns", 100000, "Integration window, ns");
            }, Integrate, stdout, stderr));
    }

    private static string Integrate(BoardRun run)
    {
        var (places, devices) = run.Cells();
        string text = run.Text("--thresholds-mv") ?? "1000";
        string[] parts = text.Split(',');
        if (parts.Length != 1 && parts.Length != places.Length)
            throw new CliUsageException($"--thresholds-mv: {parts.Length} values for {places.Length} cells; expected one, or one per --cell");
        var thresholds = new int[places.Length];
        for (int i = 0; i < places.Length; i++)
        {
            string part = parts.Length == 1 ? parts[0] : parts[i];
            if (!int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out thresholds[i]) || thresholds[i] > 65535)
                throw new CliUsageException($"--thresholds-mv: '{part}' is not a threshold; expected 0..65535 mV (0 = neuron disabled)");
        }
        if (run.Driver.Identity.NeuronCount < places.Length)
            throw new CliUsageException($"--cell: {places.Length} cells need {places.Length} neurons, the board has {run.Driver.Identity.NeuronCount} (--neurons)");
        var neurons = Enumerable.Range(0, places.Length).ToArray();
        int[] conductance = BoardCells.Read(run.Driver, places, devices, run.ReadMv, run.Samples);
        run.Driver.LoadNeuronThresholds(0, places.Length, thresholds, 0);
        int winner = run.Driver.IntegrateNeurons(neurons, places, devices, places.Length, run.Int("--input-mv"), run.Int("--max-time-ns"));
        var csv = run.Csv!;
        csv.WriteLine("neuron,row,col,device,threshold_mv,conductance_ns,fired_first,time_ns");
        for (int i = 0; i < places.Length; i++)
            csv.WriteLine(Join(i, run.Row(places[i]), run.Col(places[i]), devices[i], thresholds[i], conductance[i], i == winner ? 1 : 0,
                i == winner ? run.Driver.LastIntegrationTimeNs : -1));
        csv.Flush();
        return winner < 0
            ? $"no neuron fired within {run.Int("--max-time-ns")} ns"
            : $"neuron {winner} fired first after {run.Driver.LastIntegrationTimeNs} ns, {run.Driver.LastIntegrationEnergyPj} pJ";
    }

    private static void CellOptions(BoardOptions o)
    {
        o.AddList("--cell", "A device: ROW,COL,DEVICE (0-based; device 0..7 = synapse N..NW, 8 = state device); repeatable", "ROW,COL,DEVICE");
        o.Add("--read-mv", 200, "Read voltage, mV (limit ReadMaxMv)");
        o.Add("--samples", 4, "Samples averaged per read, 1..255");
    }

    private static string Read(BoardRun run)
    {
        var (places, devices) = run.Cells();
        int[] values = BoardCells.Read(run.Driver, places, devices, run.ReadMv, run.Samples);
        var csv = run.Csv!;
        csv.WriteLine("row,col,device,read_mv,samples,conductance_ns");
        for (int i = 0; i < places.Length; i++)
            csv.WriteLine(Join(run.Row(places[i]), run.Col(places[i]), devices[i], run.ReadMv, run.Samples, values[i]));
        csv.Flush();
        return $"{places.Length} devices read at {run.ReadMv} mV, {run.Samples} samples";
    }

    private static string Set(BoardRun run) => Pulse(run, "set", (place, device) =>
        run.Driver.AddSet(place, device, run.Int("--set-mv"), run.Int("--compliance-ua"), run.Int("--width-ns")));

    private static string Reset(BoardRun run) => Pulse(run, "reset", (place, device) =>
        run.Driver.AddReset(place, device, run.Int("--stop-mv"), run.Int("--width-ns")));

    /// <summary>Read, one PULSE_LIST (the driver refuses the first pulse outside the limits before sending any), read again.</summary>
    private static string Pulse(BoardRun run, string kind, Action<int, int> add)
    {
        var (places, devices) = run.Cells();
        // Every cell gets the same pulse: queueing one first lets the driver refuse it before anything,
        // not even the read before, is sent.
        add(places[0], devices[0]);
        run.Driver.DiscardPulses();
        int[] before = BoardCells.Read(run.Driver, places, devices, run.ReadMv, run.Samples);
        for (int i = 0; i < places.Length; i++) add(places[i], devices[i]);
        long energyPj = run.Driver.CommitPulses();
        int[] after = BoardCells.Read(run.Driver, places, devices, run.ReadMv, run.Samples);
        var csv = run.Csv!;
        csv.WriteLine("row,col,device,before_ns,after_ns");
        for (int i = 0; i < places.Length; i++)
            csv.WriteLine(Join(run.Row(places[i]), run.Col(places[i]), devices[i], before[i], after[i]));
        csv.Flush();
        return $"{places.Length} {kind} pulses, {energyPj} pJ";
    }

    private static string ProgramVerify(BoardRun run)
    {
        var (places, devices) = run.Cells();
        int low = OptionValues.CheckRange(run.Int("--low-ns"), 0, int.MaxValue, "--low-ns");
        int high = OptionValues.CheckRange(run.Int("--high-ns"), low, int.MaxValue, "--high-ns");
        string on = (run.Text("--on") ?? "auto").Trim().ToLowerInvariant();
        if (on != "auto" && on != "board" && on != "mcu") throw new CliUsageException($"--on: '{on}' is not a place to run; expected auto, board or mcu");
        var p = new ProgramVerifyParameters
        {
            ReadMv = run.ReadMv, Samples = run.Samples, MaxAttempts = run.Int("--max-attempts"), SetAmplitudeMv = run.Int("--set-mv"),
            ComplianceMinUa = run.Int("--compliance-min-ua"), ComplianceMaxUa = run.Int("--compliance-max-ua"),
            StopMinMv = run.Int("--stop-min-mv"), StopMaxMv = run.Int("--stop-max-mv"), WidthNs = run.Int("--width-ns"),
        };
        p.ComplianceStartUa = Math.Clamp(p.ComplianceStartUa, p.ComplianceMinUa, Math.Max(p.ComplianceMinUa, p.ComplianceMaxUa));
        p.StopStartMv = Math.Clamp(p.StopStartMv, p.StopMinMv, Math.Max(p.StopMinMv, p.StopMaxMv));
        var batch = new ProgramVerifyBatch(places.Length);
        for (int i = 0; i < places.Length; i++) batch.Add(places[i], devices[i], low, high);
        var verifier = new ProgramVerifier(run.Driver, places.Length);
        bool onBoard;
        if (on == "board") { run.Driver.ProgramVerifyOnBoard(batch, p); onBoard = true; }
        else if (on == "mcu") { verifier.Run(batch, p); onBoard = false; }
        else onBoard = verifier.RunBest(batch, p);
        var csv = run.Csv!;
        csv.WriteLine("row,col,device,low_ns,high_ns,outcome,pulses,final_ns");
        for (int i = 0; i < batch.Count; i++)
            csv.WriteLine(string.Join(",", Join(run.Row(places[i]), run.Col(places[i]), devices[i], low, high),
                ProgramVerifyOutcome.Name(batch.Outcome[i]), batch.Pulses[i].ToString(CultureInfo.InvariantCulture), batch.FinalNs[i].ToString(CultureInfo.InvariantCulture)));
        csv.Flush();
        return $"{batch.PassCount} of {batch.Count} cells in {low}..{high} nS, on the {(onBoard ? "board (PROGRAM_VERIFY)" : "MCU (READ_CELLS + PULSE_LIST)")}, {batch.EnergyPj} pJ";
    }

    private static string Join(params long[] values) => string.Join(",", values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
