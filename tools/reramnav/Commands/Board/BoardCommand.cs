using System.CommandLine;
using ReRamNav.BoardConfigs;
using ReRamNav.Cli.Output;
using ReRamNav.Cli.Simulation;
using ReRamNav.Drivers.Board;
using ReRamNav.HalMock;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>
/// `reramnav board ...`: every operation of the board protocol (docs/protocol.md) and the lab
/// characterisation routines (firmware/Characterisation), on the built-in virtual board through the real
/// driver and SPI frames, as a lab engineer would run them on the FPGA board. Each subcommand: options
/// checked, the virtual board built and identified (IDENT), the operation run, one summary line with
/// the SPI cost. A request outside the limits in force (the stricter of --kit and the board's IDENT) is
/// refused by the driver before any byte is sent: exit 2 with the limit's name.
/// </summary>
public static class BoardCommand
{
    /// <summary>What one subcommand does once the board is connected; returns the summary (without the SPI cost).</summary>
    internal delegate string Body(BoardRun run);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("board", "The FPGA/ReRAM board, here the virtual one: IDENT, STATUS, reads, SET/RESET/FORM, program-and-verify, array characterisation; CSV out (--out), per-operation log (--log)");
        BoardInfoCommands.AddTo(command, stdout, stderr);
        BoardCellCommands.AddTo(command, stdout, stderr);
        BoardRoutineCommands.AddTo(command, stdout, stderr);
        return command;
    }

    /// <summary>
    /// A subcommand. A report (<paramref name="isReport"/>: ident, status, safe-idle) prints text and writes
    /// its CSV only to --out; a table command writes CSV to --out or to standard output.
    /// </summary>
    internal static Command Sub(string name, string description, bool isReport, Action<BoardOptions>? extra, Body body,
        TextWriter stdout, TextWriter stderr)
    {
        var c = new Command(name, description);
        var o = new BoardOptions(c, isReport
            ? "Also write the report as CSV (field,value) to FILE.csv"
            : "Write the table to FILE.csv (its directory is created); default: CSV on standard output, summary on standard error");
        extra?.Invoke(o);
        c.SetAction(parse => Execute(name, isReport, o, parse, body, stdout, stderr));
        return c;
    }

    private static int Execute(string name, bool isReport, BoardOptions o, ParseResult parse, Body body, TextWriter stdout, TextWriter stderr)
    {
        // Everything the options can say wrong is said before the board is touched.
        int rows = OptionValues.CheckRange(o.Int(parse, "--rows"), 1, 255, "--rows");
        int cols = OptionValues.CheckRange(o.Int(parse, "--cols"), 1, 255, "--cols");
        int seed = o.Int(parse, "--seed");
        if (seed < 0) throw new CliUsageException($"--seed: {seed} is negative");
        string kitName = o.Text(parse, "--kit") ?? "mock-bench";
        BoardConfig kit = BoardConfigRegistry.Find(kitName)
            ?? throw new CliUsageException($"--kit: unknown kit '{kitName}'; expected one of {BoardConfigRegistry.NamesText()}");
        SafetyLimits boardLimits = BoardLimitOverrides.Apply(SafetyLimits.SiOxDefaults(), o.List(parse, "--board-limit"), "--board-limit");
        string? outPath = o.Text(parse, "--out");
        string? logPath = o.Text(parse, "--log");
        if (outPath != null && logPath != null && Path.GetFullPath(outPath) == Path.GetFullPath(logPath))
            throw new CliUsageException($"--log: {logPath} is also the --out file; expected two different files");

        int neurons = o.Has("--neurons") ? OptionValues.CheckRange(o.Int(parse, "--neurons"), 0, 65535, "--neurons") : 0;
        var bench = new VirtualBench(new VirtualBoardConfig { Rows = rows, Cols = cols, Seed = (uint)seed, Limits = boardLimits, NeuronCount = neurons }, kit.Limits);
        TextWriter? file = null;
        OperationCsvLog? log = null;
        bool outIsNew = outPath != null && !File.Exists(outPath), logIsNew = logPath != null && !File.Exists(logPath);
        try
        {
            if (outPath != null) file = OptionValues.CreateOutputFile(outPath, "--out");
            if (logPath != null)
            {
                log = new OperationCsvLog(OptionValues.CreateOutputFile(logPath, "--log"));
                bench.Driver.OperationLog = log;
            }
            using var interrupt = new Interruption(stderr, "the row being written");
            var run = new BoardRun { Bench = bench, Options = o, Parse = parse, Stdout = stdout, Csv = file ?? (isReport ? null : stdout), Logging = log != null, Stop = interrupt.Token };
            string summary;
            try
            {
                summary = body(run);
            }
            catch (Output.CsvResultSink.StoppedException e)
            {
                stderr.WriteLine($"board {name}: interrupted after {e.Rows} rows; {(outPath != null ? outPath : "the table")} holds them, each complete");
                return Interruption.ExitCode;
            }
            catch (BoardException e) when (e.Kind == BoardErrorKind.LimitRefused || e.Kind == BoardErrorKind.BadArgument)
            {
                string limits = e.Kind == BoardErrorKind.LimitRefused
                    ? $"; limits in force (the stricter of --kit {kit.Name} and the board's IDENT): {bench.Driver.Limits}"
                    : "";
                throw new CliUsageException($"board {name}: {e.Message}{limits}");
            }
            var k = bench.Driver.Counters;
            string where = outPath != null ? $" -> {outPath}" : "";
            string logged = log != null ? $"; {log.Rows} operations logged -> {logPath}" : "";
            (isReport || outPath != null ? stdout : stderr).WriteLine(
                $"board {name}: {summary}; {k.Transactions} SPI transactions, {k.SpiBytes} bytes, {k.Retries} retries, {bench.Board.Clock.NowUs} µs board time{where}{logged}");
            return 0;
        }
        catch (CliUsageException)
        {
            // Refused before the first pulse: leave no empty output file behind.
            file?.Dispose();
            log?.Dispose();
            file = null;
            log = null;
            if (outIsNew) TryDelete(outPath!);
            if (logIsNew) TryDelete(logPath!);
            throw;
        }
        finally
        {
            file?.Dispose();
            log?.Dispose();
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
