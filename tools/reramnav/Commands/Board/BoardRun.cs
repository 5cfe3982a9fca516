using System.CommandLine;
using ReRamNav.Cli.Output;
using ReRamNav.Cli.Simulation;
using ReRamNav.Drivers.Board;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>
/// What a `reramnav board` subcommand works with: the virtual bench (the real driver connected to the
/// virtual board through SPI), its parsed options, and where its results go. <see cref="Csv"/> is the
/// --out file, or standard output for table commands without --out (their summary then goes to standard
/// error so that the CSV stays clean); report commands (ident, status) print text and write CSV only with --out.
/// </summary>
internal sealed class BoardRun
{
    public required VirtualBench Bench { get; init; }
    public required BoardOptions Options { get; init; }
    public required ParseResult Parse { get; init; }
    public required TextWriter Stdout { get; init; }
    public TextWriter? Csv { get; init; }

    /// <summary>--log is on: every read and pulse is a row of the operation log.</summary>
    public bool Logging { get; init; }

    /// <summary>Most rows a board command may write to --out, and operations to --log (~50 bytes a row: ~250 MB each).</summary>
    public const long MaxRows = 5_000_000;

    /// <summary>
    /// Refuses, before the first pulse, a routine whose --out table or --log would fill a disk: it would write
    /// <paramref name="csvRows"/> rows and log <paramref name="operations"/> operations. <paramref name="fix"/> says what fits.
    /// </summary>
    /// <param name="logFix">What fits the operation log (checked first: the --out fix may not change the log's size).</param>
    public void CheckRowBudget(string what, long csvRows, long operations, string fix, string logFix)
    {
        if (Logging && operations > MaxRows)
            throw new CliUsageException($"--log: {what} would log {operations:N0} operations (~{operations * 50 / 1_000_000:N0} MB); at most {MaxRows:N0}: {logFix}, or no --log");
        if (csvRows > MaxRows)
            throw new CliUsageException($"{what} would write {csvRows:N0} rows (~{csvRows * 50 / 1_000_000:N0} MB); at most {MaxRows:N0}: {fix}");
    }

    public ReRamBoard Driver => Bench.Driver;

    public int Int(string name) => Options.Int(Parse, name);

    public int Positive(string name) => Options.Positive(Parse, name);

    public string? Text(string name) => Options.Text(Parse, name);

    public string[] List(string name) => Options.List(Parse, name);

    public int ReadMv => Int("--read-mv");

    public int Samples => Int("--samples");

    /// <summary>The --cell options as places and devices, checked against the board's geometry.</summary>
    public (int[] Places, int[] Devices) Cells() => BoardCells.Parse(List("--cell"), Driver.Identity, "--cell");

    /// <summary>Set by Ctrl+C: the table stops after the row being written (<see cref="CsvResultSink.StoppedException"/>).</summary>
    public CancellationToken Stop { get; init; }

    public CsvResultSink Sink() => new(Csv ?? Stdout, Stop);

    public int Row(int place) => place / Driver.Identity.Cols;

    public int Col(int place) => place % Driver.Identity.Cols;
}
