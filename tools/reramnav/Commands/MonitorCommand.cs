using System.CommandLine;
using System.Globalization;
using System.IO.Ports;
using ReRamNav.Cli.Output;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav monitor`: reads a dev kit's console (docs/telemetry.md) from a serial port, or from a saved
/// log with --from (so it can be used and tested without hardware), checks the telemetry header, prints a
/// live table and writes the trials as CSV in the host's trials.csv layout (first 16 columns). A log that
/// holds several runs (a new telemetry header: the kit was reset, or another experiment started) gives one
/// CSV per run, so no reader, `reramnav plot` included, can mix them; a resumed run stays in its run's CSV.
/// </summary>
public static class MonitorCommand
{
    /// <summary>The v1 header (firmware/Console/TelemetryFormat.cs); later v1 firmware may only append columns.</summary>
    public static readonly string[] Columns = TrialCsv.Columns.Take(16).ToArray();

    public const string VersionLine = "# telemetry v1";

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<string?>("--port") { Description = "Serial port of the kit's console UART (COM7, /dev/ttyUSB1)", HelpName = "PORT" };
        var baud = new Option<int>("--baud") { Description = "Console baud rate (8N1)", DefaultValueFactory = _ => 115200 };
        var from = new Option<string?>("--from") { Description = "Read a saved console log instead of a port ('-' = standard input)", HelpName = "FILE" };
        var output = new Option<string?>("--out") { Description = "CSV file to write the trials to (trials.csv layout); one file per run: run 2 goes to FILE-run2.csv beside it, and so on", HelpName = "FILE" };
        var send = new Option<string[]>("--send") { Description = "Console command to send after opening the port, e.g. \"run demo 7 40\" (repeatable)", HelpName = "COMMAND" };
        var untilDone = new Option<bool>("--until-done") { Description = "Stop at the first '# done' line (default with --send)" };
        var quiet = new Option<bool>("--quiet") { Description = "Do not print the table, only the summary" };
        var command = new Command("monitor", "Record a dev kit's telemetry: live table and trials CSV (docs/telemetry.md)");
        foreach (Option o in new Option[] { port, baud, from, output, send, untilDone, quiet }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            string? portName = parse.GetValue(port);
            string? fromPath = parse.GetValue(from);
            if ((portName == null) == (fromPath == null))
                throw new CliUsageException("give exactly one of --port PORT (a live kit) and --from FILE (a saved console log)");
            string[] commands = parse.GetValue(send) ?? Array.Empty<string>();
            if (fromPath != null && commands.Length > 0) throw new CliUsageException("--send needs --port (there is nothing to send to in a file)");
            using var monitor = new TelemetryMonitor(parse.GetValue(quiet) ? TextWriter.Null : stdout, stderr);
            string? outPath = parse.GetValue(output);
            StreamWriter? first = null;
            try
            {
                int baudRate = OptionValues.CheckRange(parse.GetValue(baud), 300, 4_000_000, "--baud");
                if (outPath != null)
                {
                    if (fromPath != null && fromPath != "-" && Path.GetFullPath(fromPath) == Path.GetFullPath(outPath))
                        throw new CliUsageException($"--out: {outPath} is also the --from log; expected another file (the log would be overwritten)");
                    // A bad --out is said before the port is read, but the file is only created (or an older one replaced)
                    // when the first run's header has been accepted: a refused log leaves it as it was.
                    OptionValues.CheckOutputFile(outPath, "--out");
                    monitor.OpenCsv = run =>
                    {
                        var writer = OptionValues.CreateOutputFile(RunCsvPath(outPath, run), "--out");
                        writer.AutoFlush = true;
                        if (run == 1) first = writer;
                        return writer;
                    };
                }
                if (fromPath != null)
                {
                    using TextReader reader = fromPath == "-" ? Console.In
                        : new StringReader(OptionValues.ReadTextFile(fromPath, "--from", "a console log of the dev kit (docs/telemetry.md)"));
                    string? line;
                    while ((line = reader.ReadLine()) != null) monitor.Accept(line);
                }
                else
                {
                    ReadPort(portName!, baudRate, commands, parse.GetValue(untilDone) || commands.Length > 0, monitor, stderr);
                }
                int code = monitor.Finish(stdout, outPath == null ? null : run => RunCsvPath(outPath, run));
                if (outPath != null && File.Exists(RunCsvPath(outPath, monitor.Runs + 1)))
                    stderr.WriteLine($"monitor: {RunCsvPath(outPath, monitor.Runs + 1)} is not from this log ({monitor.Runs} run(s)): an earlier recording left it");
                return code;
            }
            finally
            {
                first?.Dispose();
            }
        });
        return command;
    }

    private static void ReadPort(string portName, int baud, string[] commands, bool untilDone, TelemetryMonitor monitor, TextWriter stderr)
    {
        using var serial = new SerialPort(portName, baud, Parity.None, 8, StopBits.One) { NewLine = "\n", ReadTimeout = 500 };
        try
        {
            serial.Open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            throw new CliUsageException($"--port: cannot open {portName} ({e.Message}); expected a serial port of the dev kit, e.g. /dev/ttyUSB0 or COM5 (does it exist, and may this user open it?)");
        }
        // Ctrl+C stops reading; what was recorded is in the CSV already (one line per trial, flushed).
        using var interrupt = new Interruption(stderr, "the line being read");
        foreach (string c in commands) serial.Write(c + "\r\n");
        stderr.WriteLine($"monitor: reading {portName} at {baud} 8N1; Ctrl+C to stop");
        while (!interrupt.Requested && !(untilDone && monitor.SawDone))
        {
            string line;
            try { line = serial.ReadLine(); }
            catch (TimeoutException) { continue; }
            monitor.Accept(line);
        }
    }

    /// <summary>
    /// The CSV file of run <paramref name="run"/> for --out <paramref name="outPath"/>: run 1 is the file itself,
    /// run N (N &gt;= 2) goes beside it as STEM-runN.EXT (trials.csv, trials-run2.csv, ...).
    /// </summary>
    public static string RunCsvPath(string outPath, int run)
    {
        if (run <= 1) return outPath;
        string dir = Path.GetDirectoryName(outPath) ?? "";
        return Path.Combine(dir, Path.GetFileNameWithoutExtension(outPath) + "-run" + run.ToString(CultureInfo.InvariantCulture) + Path.GetExtension(outPath));
    }

    /// <summary>
    /// The line-by-line reader: comments, header, trials; problems are counted and named, never fatal for noise.
    /// A telemetry header starts a new run (the kit was reset, or another experiment started), except when the
    /// line after it is '# resume: ... trials 1..N are done ...': that continues the run before (docs/telemetry.md,
    /// "Resumed runs"). Each run gets its own CSV from <see cref="OpenCsv"/>, so runs are never mixed. The last
    /// trial line of a run is held back until the next trial, '# done' or the end, because a resume may replace it:
    /// a trial above the resume line's "done" count that was printed before a reset is counted in its later copy.
    /// </summary>
    public sealed class TelemetryMonitor(TextWriter table, TextWriter stderr) : IDisposable
    {
        private string[]? _header;
        private string _headerText = "";
        private int _lineNumber;
        private bool _headerPending;
        private int _headerLine;
        private string? _pendingLine;
        private int _pendingTrial;
        private bool _pendingReached;
        private TextWriter? _csv;
        private readonly List<RunInfo> _runs = new();

        /// <summary>What one run held: trials counted once (a trial replaced after a resume counts in its later copy).</summary>
        public sealed class RunInfo
        {
            public int Number { get; init; }
            public int Trials { get; set; }
            public int ReachedGoal { get; set; }
            public int FirstTrial { get; set; }
            public int LastTrial { get; set; }
            public int Resumes { get; set; }
        }

        /// <summary>Opens the CSV writer of run N (1-based); the monitor writes the header line and disposes it when the run ends. Null: no CSV.</summary>
        public Func<int, TextWriter>? OpenCsv { get; set; }
        public int Trials { get; private set; }
        /// <summary>Runs found: a new header starts one, a resumed run counts with the run it continues.</summary>
        public int Runs => _runs.Count;
        public IReadOnlyList<RunInfo> RunList => _runs;
        public int Skipped { get; private set; }
        public int ReachedGoal { get; private set; }
        public bool SawDone { get; private set; }
        /// <summary>A problem that makes the recording unusable (wrong version or header); the exit code is 2.</summary>
        public string? Fatal { get; private set; }

        public void Accept(string raw)
        {
            _lineNumber++;
            string line = raw.TrimEnd('\r', '\n');
            if (Fatal != null || line.Trim().Length == 0) return;
            if (_headerPending) DecideRun(line);
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# telemetry v", StringComparison.Ordinal) && line.Trim() != VersionLine)
                    Fatal = $"line {_lineNumber}: '{line.Trim()}': this monitor reads '{VersionLine}' only; update reramnav";
                else if (line.StartsWith("# done", StringComparison.Ordinal)) { SawDone = true; FlushPending(); }
                if (line.StartsWith("# error", StringComparison.Ordinal)) stderr.WriteLine($"device: {line}");
                return;
            }
            var fields = TrialCsv.Split(line);
            if (fields[0] == "trial")
            {
                if (fields.Count < Columns.Length || !fields.Take(Columns.Length).SequenceEqual(Columns))
                {
                    Fatal = $"line {_lineNumber}: header '{line}' is not the telemetry v1 header; expected '{string.Join(",", Columns)}' (more columns may follow)";
                    return;
                }
                if (_header != null && !_header.SequenceEqual(fields))
                {
                    Fatal = $"line {_lineNumber}: the header changed within one recording; expected '{string.Join(",", _header)}'";
                    return;
                }
                _header = fields.ToArray();
                _headerText = line;
                // New run or a resumed one: the next line says (DecideRun).
                _headerPending = true;
                _headerLine = _lineNumber;
                return;
            }
            if (_header == null)
            {
                Skip($"line {_lineNumber}: '{Shorten(line)}' before the telemetry header; expected '#' comments or the header");
                return;
            }
            if (fields.Count != _header.Length)
            {
                Skip($"line {_lineNumber}: {fields.Count} fields, expected {_header.Length} as in the header");
                return;
            }
            for (int i = 0; i < fields.Count; i++)
            {
                if (i != 2 && !long.TryParse(fields[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                {
                    Skip($"line {_lineNumber}: column '{_header[i]}' is '{Shorten(fields[i])}', expected a whole number");
                    return;
                }
            }
            string? impossible = TrialCsv.ImpossibleValue(_header, fields);
            if (impossible != null)
            {
                Skip($"line {_lineNumber}: {impossible}");
                return;
            }
            FlushPending();
            int trial = int.TryParse(fields[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int t) ? t : 0;
            bool reached = fields[7] == "1";
            var run = _runs[^1];
            if (run.Trials == 0) run.FirstTrial = trial;
            run.LastTrial = trial;
            run.Trials++;
            Trials++;
            if (reached) { ReachedGoal++; run.ReachedGoal++; }
            _pendingLine = line;
            _pendingTrial = trial;
            _pendingReached = reached;
            table.WriteLine(TableRow(fields));
        }

        /// <summary>The first line after a header: '# resume: ...' continues the last run, anything else starts a new one.</summary>
        private void DecideRun(string line)
        {
            _headerPending = false;
            var resume = System.Text.RegularExpressions.Regex.Match(line, @"^# resume:.*trials 1\.\.(\d+) are done");
            bool isResume = line.StartsWith("# resume:", StringComparison.Ordinal);
            int done = resume.Success && int.TryParse(resume.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int d) ? d : -1;
            // A resume continues the run before it when that run got no further than the trial after the journal's count.
            if (isResume && _runs.Count > 0 && (done < 0 || _runs[^1].Trials == 0 || _runs[^1].LastTrial <= done + 1))
            {
                var run = _runs[^1];
                run.Resumes++;
                if (_pendingLine != null && done >= 0 && _pendingTrial > done)
                {
                    // Printed before the reset but not journalled: the resumed run prints it again, and that copy counts.
                    stderr.WriteLine($"monitor: line {_lineNumber}: trial {_pendingTrial} of run {run.Number} was printed before the reset but not journalled; its repeat after the resume replaces it");
                    run.Trials--;
                    Trials--;
                    if (_pendingReached) { run.ReachedGoal--; ReachedGoal--; }
                    run.LastTrial = _pendingTrial - 1;
                    _pendingLine = null;
                }
                else FlushPending();
                table.WriteLine($"-- run {run.Number} resumed{(done >= 0 ? $" after trial {done}" : "")} --");
                return;
            }
            FlushPending();
            _csv?.Dispose();
            _csv = null;
            var next = new RunInfo { Number = _runs.Count + 1 };
            _runs.Add(next);
            if (OpenCsv != null)
            {
                _csv = OpenCsv(next.Number);
                _csv.WriteLine(_headerText);
            }
            table.WriteLine(next.Number == 1 ? TableHeader() : $"-- run {next.Number} (new telemetry header, line {_headerLine}) --");
            if (isResume) table.WriteLine($"-- run {next.Number} resumed{(done >= 0 ? $" after trial {done}" : "")}; the log holds no earlier trials of it --");
        }

        private void FlushPending()
        {
            if (_pendingLine == null) return;
            _csv?.WriteLine(_pendingLine);
            _pendingLine = null;
        }

        /// <summary>Writes the held-back trial and prints the summary; returns the exit code.</summary>
        public int Finish(TextWriter stdout, Func<int, string>? csvName = null)
        {
            if (_headerPending && Fatal == null) DecideRun("");
            FlushPending();
            _csv?.Flush();
            if (Fatal != null) throw new CliUsageException(Fatal);
            if (_header == null) throw new CliUsageException($"no telemetry header in {_lineNumber} lines; expected '{string.Join(",", Columns)}' (start a run with 'run demo')");
            stdout.WriteLine($"monitor: {Trials} trials in {Runs} run(s), {ReachedGoal} reached the goal, {Skipped} line(s) skipped");
            if (Runs > 1)
            {
                stdout.WriteLine($"monitor: {Runs} runs found (a telemetry header not followed by '# resume:' starts a new run){(csvName != null ? "; one CSV per run" : "")}:");
                foreach (var r in _runs)
                    stdout.WriteLine($"  run {r.Number}: {r.Trials} trials{(r.Trials > 0 ? $" ({r.FirstTrial}..{r.LastTrial})" : "")}, {r.ReachedGoal} reached the goal"
                        + (r.Resumes > 0 ? $", resumed {r.Resumes} time(s)" : "") + (csvName != null ? " -> " + csvName(r.Number) : ""));
            }
            return 0;
        }

        public void Dispose()
        {
            _csv?.Dispose();
            _csv = null;
        }

        /// <summary>Lines skipped that are said one by one; the rest are only counted (a log without a header would flood the terminal).</summary>
        private const int SkipsShown = 20;

        private void Skip(string why)
        {
            Skipped++;
            if (Skipped <= SkipsShown) stderr.WriteLine("monitor: skipped " + why);
            else if (Skipped == SkipsShown + 1) stderr.WriteLine($"monitor: more lines skipped; only the first {SkipsShown} are shown, the summary counts them all");
        }

        private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "...";

        private static string TableHeader() =>
            $"{"trial",6} {"blk",3} {"layout",-8} {"steps",6} {"opt",4} {"goal",4} {"walls",5} {"sets",6} {"resets",6} {"spi_bytes",10} {"energy_pj",12} {"time_us",10}";

        private static string TableRow(List<string> f) =>
            $"{f[0],6} {f[1],3} {Shorten(f[2]),-8} {f[5],6} {f[6],4} {(f[7] == "1" ? "yes" : "no"),4} {f[8],5} {f[9],6} {f[10],6} {f[13],10} {f[14],12} {f[15],10}";
    }
}
