using System.CommandLine;
using System.Globalization;
using ReRamNav.Cli.Simulation;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Characterisation;
using ReRamNav.HalMock;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav characterise readmap|form|endurance|retention`: the lab characterisation routines of
/// firmware/Characterisation on the built-in virtual board, through the real driver and SPI protocol
/// (docs/protocol.md). Results go to DIR/&lt;routine&gt;.csv with --out, else to standard output as CSV
/// (the one-line summary then goes to standard error, so the CSV stays clean).
/// </summary>
public static class CharacteriseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("characterise", "Characterise the (virtual) ReRAM array: read map, forming sweep, endurance cycling, retention reads; CSV out");
        command.Subcommands.Add(Sub("readmap", "Read every selected device (READ_BLOCK, n-sample averaged)", stdout, stderr, null, (o, p) =>
        {
            var r = new ReadMapRoutine { ReadMv = o.ReadMv(p), Samples = o.Samples(p) };
            o.Select(p, r.Cells);
            return (r.Run, () => $"{r.DevicesRead} devices read");
        }));
        command.Subcommands.Add(Sub("form", "Forming sweep: FORM pulses of rising amplitude until each cell conducts", stdout, stderr, c =>
        {
            c.Add("--start-mv", 1500, "First FORM amplitude, mV");
            c.Add("--step-mv", 250, "Amplitude step, mV");
            c.Add("--stop-mv", 3500, "Last FORM amplitude, mV (board limit FormMaxMv applies)");
            c.Add("--compliance-ua", 50, "Compliance current I_C, µA");
            c.Add("--width-ns", 10000, "Pulse width, ns");
            c.Add("--formed-ns", 40000, "A cell counts as formed at this conductance, nS");
        }, (o, p) =>
        {
            var r = new FormingSweepRoutine
            {
                ReadMv = o.ReadMv(p), Samples = o.Samples(p), StartMv = o.Int(p, "--start-mv"), StepMv = o.Positive(p, "--step-mv"),
                StopMv = o.Int(p, "--stop-mv"), ComplianceUa = o.Int(p, "--compliance-ua"), WidthNs = o.Int(p, "--width-ns"), FormedNs = o.Int(p, "--formed-ns"),
            };
            if (r.StartMv > r.StopMv) throw new CliUsageException($"--start-mv {r.StartMv} is above --stop-mv {r.StopMv}: the sweep is empty");
            o.Select(p, r.Cells);
            return (r.Run, () => $"{r.FormedCount} of {r.Cells.Count} cells formed");
        }));
        command.Subcommands.Add(Sub("endurance", "SET/RESET cycling with a read after each half cycle", stdout, stderr, c =>
        {
            c.Add("--cycles", 100, "SET/RESET cycles");
            c.Add("--log-every", 1, "Write a row every N cycles (and the last)");
            c.Add("--set-mv", 1500, "SET amplitude, mV");
            c.Add("--compliance-ua", 100, "SET compliance current, µA");
            c.Add("--stop-mv", 1400, "RESET stop voltage magnitude |V_STOP|, mV");
            c.Add("--width-ns", 1000, "Pulse width, ns");
        }, (o, p) =>
        {
            var r = new EnduranceRoutine
            {
                ReadMv = o.ReadMv(p), Samples = o.Samples(p), Cycles = o.Positive(p, "--cycles"), LogEvery = o.Positive(p, "--log-every"),
                SetMv = o.Int(p, "--set-mv"), ComplianceUa = o.Int(p, "--compliance-ua"), StopMv = o.Int(p, "--stop-mv"), WidthNs = o.Int(p, "--width-ns"),
            };
            o.Select(p, r.Cells);
            return (r.Run, () => $"{r.Cycles} cycles on {r.Cells.Count} cells, {r.ClosedCount} with LRS/HRS < 2 at the end");
        }));
        command.Subcommands.Add(Sub("retention", "Read the selected cells at fixed intervals (virtual time)", stdout, stderr, c =>
        {
            c.Add("--reads", 10, "Number of reads of every cell");
            c.Add("--interval-us", 1000000, "Time between reads, µs");
        }, (o, p) =>
        {
            var r = new RetentionRoutine { ReadMv = o.ReadMv(p), Samples = o.Samples(p), Reads = o.Positive(p, "--reads"), IntervalUs = o.Int(p, "--interval-us") };
            if (r.IntervalUs < 0) throw new CliUsageException($"--interval-us: {r.IntervalUs} is negative");
            o.Select(p, r.Cells);
            return (r.Run, () => $"{r.Reads} reads of {r.Cells.Count} cells");
        }));
        return command;
    }

    private delegate (Action<ReRamBoard, IResultSink> Run, Func<string> Summary) Build(Options options, ParseResult parse);

    private static Command Sub(string name, string description, TextWriter stdout, TextWriter stderr, Action<Options>? extra, Build build)
    {
        var c = new Command(name, description);
        var o = new Options(c);
        o.Add("--rows", 30, "Rows of places of the virtual array");
        o.Add("--cols", 30, "Columns of places of the virtual array");
        o.Add("--seed", 1, "Seed of the virtual board (device draws, read noise)");
        o.Add("--first-place", 0, "First place of the selection (place = row * cols + col)");
        o.Add("--places", 0, "Number of places (0 = to the end of the array)");
        o.AddText("--devices", "0-8", "Devices of each place: 0-8, 8, 0,1,2 or a hex mask 0x1FF");
        o.Add("--read-mv", 200, "Read voltage, mV (board limit ReadMaxMv applies)");
        o.Add("--samples", 4, "Samples averaged per read, 1..255");
        o.AddText("--out", null, "Directory for <routine>.csv (created if missing); default: CSV on standard output");
        extra?.Invoke(o);
        c.SetAction(parse =>
        {
            // Everything is checked before the board is touched.
            int rows = OptionValues.CheckRange(o.Int(parse, "--rows"), 1, 255, "--rows");
            int cols = OptionValues.CheckRange(o.Int(parse, "--cols"), 1, 255, "--cols");
            int seed = o.Int(parse, "--seed");
            if (seed < 0) throw new CliUsageException($"--seed: {seed} is negative");
            var (run, summary) = build(o, parse);
            string? outDir = parse.GetValue(o.Text("--out"));
            if (outDir != null && File.Exists(outDir)) throw new CliUsageException($"--out: {outDir} is a file, expected a directory");
            var bench = new VirtualBench(new VirtualBoardConfig { Rows = rows, Cols = cols, Seed = (uint)seed }, SafetyLimits.SiOxDefaults());
            TextWriter csv = stdout;
            string? path = null;
            if (outDir != null)
            {
                Directory.CreateDirectory(outDir);
                path = Path.Combine(outDir, name + ".csv");
                csv = new StreamWriter(path, append: false) { NewLine = "\n" };
            }
            try
            {
                run(bench.Driver, new CsvSink(csv));
            }
            finally
            {
                if (path != null) csv.Dispose();
            }
            var counters = bench.Driver.Counters;
            string where = path != null ? $" -> {path}" : "";
            (path != null ? stdout : stderr).WriteLine(
                $"{name}: {summary()}; {counters.Transactions} SPI transactions, {counters.SpiBytes} bytes, {bench.Board.Clock.NowUs} µs board time{where}");
            return 0;
        });
        return c;
    }

    /// <summary>The options of one subcommand, by name, so the builders read them without holding each instance.</summary>
    private sealed class Options(Command command)
    {
        private readonly Dictionary<string, Option<int>> _ints = new();
        private readonly Dictionary<string, Option<string?>> _texts = new();

        public void Add(string name, int defaultValue, string description)
        {
            var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
            _ints[name] = option;
            command.Options.Add(option);
        }

        public void AddText(string name, string? defaultValue, string description)
        {
            var option = new Option<string?>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
            _texts[name] = option;
            command.Options.Add(option);
        }

        public Option<string?> Text(string name) => _texts[name];

        public int Int(ParseResult parse, string name) => parse.GetValue(_ints[name]);

        public int Positive(ParseResult parse, string name) => OptionValues.CheckRange(Int(parse, name), 1, int.MaxValue, name);

        public int ReadMv(ParseResult parse) => OptionValues.CheckRange(Int(parse, "--read-mv"), 1, 65535, "--read-mv");

        public int Samples(ParseResult parse) => OptionValues.CheckRange(Int(parse, "--samples"), 1, 255, "--samples");

        public void Select(ParseResult parse, CellSelection cells)
        {
            cells.FirstPlace = OptionValues.CheckRange(Int(parse, "--first-place"), 0, 65534, "--first-place");
            cells.PlaceCount = OptionValues.CheckRange(Int(parse, "--places"), 0, 65535, "--places");
            cells.DeviceMask = ParseDevices(parse.GetValue(Text("--devices")) ?? "0-8");
        }
    }

    /// <summary>"0-8", "8", "0,1,2", "0-3,8" or a hex mask "0x1FF" → device mask (bit d = device d).</summary>
    public static int ParseDevices(string text)
    {
        string t = text.Trim();
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (int.TryParse(t[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int hex) && hex > 0 && hex <= 0x1FF) return hex;
            throw new CliUsageException($"--devices: '{text}' is not a mask of devices 0..8; expected 0x001..0x1FF");
        }
        int mask = 0;
        foreach (string raw in t.Split(','))
        {
            string part = raw.Trim();
            string[] ends = part.Split('-');
            if (ends.Length <= 2
                && int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int from)
                && int.TryParse(ends[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int to)
                && from <= to && to <= 8)
            {
                for (int d = from; d <= to; d++) mask |= 1 << d;
                continue;
            }
            throw new CliUsageException($"--devices: '{part}' is not a device or range; expected devices 0..8 as 0-8, 8, 0,1,2 or 0x1FF");
        }
        return mask;
    }

    /// <summary>Writes a routine's table as CSV: a header line of the column names, then one line per row.</summary>
    private sealed class CsvSink(TextWriter writer) : IResultSink
    {
        public void BeginTable(string routine, string[] columns) => writer.WriteLine(string.Join(",", columns));

        public void Row(long[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) writer.Write(',');
                writer.Write(values[i].ToString(CultureInfo.InvariantCulture));
            }
            writer.WriteLine();
        }

        public void EndTable() => writer.Flush();
    }
}
