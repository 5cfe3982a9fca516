using System.CommandLine;
using System.Globalization;
using System.IO.Ports;
using ReRamNav.Cli.Output;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav monitor`: reads a dev kit's console (docs/telemetry.md) from a serial port, or from a saved
/// log with --from (so it can be used and tested without hardware), checks the telemetry header, prints a
/// live table and writes the trials as CSV in the host's trials.csv layout (first 16 columns).
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
        var output = new Option<string?>("--out") { Description = "CSV file to write the trials to (trials.csv layout)", HelpName = "FILE" };
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
            var monitor = new TelemetryMonitor(parse.GetValue(quiet) ? TextWriter.Null : stdout, stderr);
            TextWriter? csv = null;
            try
            {
                string? outPath = parse.GetValue(output);
                int baudRate = OptionValues.CheckRange(parse.GetValue(baud), 300, 4_000_000, "--baud");
                if (outPath != null)
                {
                    csv = OptionValues.CreateOutputFile(outPath, "--out");
                    ((StreamWriter)csv).AutoFlush = true;
                }
                monitor.Csv = csv;
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
            }
            finally
            {
                csv?.Dispose();
            }
            return monitor.Finish(stdout);
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
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = true; cancel.Cancel(); };
        Console.CancelKeyPress += onCancel;
        try
        {
            foreach (string c in commands) serial.Write(c + "\r\n");
            stderr.WriteLine($"monitor: reading {portName} at {baud} 8N1; Ctrl+C to stop");
            while (!cancel.IsCancellationRequested && !(untilDone && monitor.SawDone))
            {
                string line;
                try { line = serial.ReadLine(); }
                catch (TimeoutException) { continue; }
                monitor.Accept(line);
            }
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>The line-by-line reader: comments, header, trials; problems are counted and named, never fatal for noise.</summary>
    public sealed class TelemetryMonitor(TextWriter table, TextWriter stderr)
    {
        private string[]? _header;
        private int _lineNumber;
        private bool _csvHeaderWritten;

        public TextWriter? Csv { get; set; }
        public int Trials { get; private set; }
        public int Runs { get; private set; }
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
            if (line.StartsWith('#'))
            {
                if (line.StartsWith("# telemetry v", StringComparison.Ordinal) && line.Trim() != VersionLine)
                    Fatal = $"line {_lineNumber}: '{line.Trim()}': this monitor reads '{VersionLine}' only; update reramnav";
                else if (line.StartsWith("# done", StringComparison.Ordinal)) SawDone = true;
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
                Runs++;
                if (!_csvHeaderWritten && Csv != null) { Csv.WriteLine(line); _csvHeaderWritten = true; }
                table.WriteLine(Runs == 1 ? TableHeader() : $"-- run {Runs} --");
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
            Trials++;
            if (fields[7] == "1") ReachedGoal++;
            Csv?.WriteLine(line);
            table.WriteLine(TableRow(fields));
        }

        /// <summary>Prints the summary; returns the exit code.</summary>
        public int Finish(TextWriter stdout)
        {
            if (Fatal != null) throw new CliUsageException(Fatal);
            if (_header == null) throw new CliUsageException($"no telemetry header in {_lineNumber} lines; expected '{string.Join(",", Columns)}' (start a run with 'run demo')");
            stdout.WriteLine($"monitor: {Trials} trials in {Runs} run(s), {ReachedGoal} reached the goal, {Skipped} line(s) skipped");
            return 0;
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
