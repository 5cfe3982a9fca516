using System.CommandLine;
using System.Globalization;
using System.Text;
using ReRamNav.Cli.Analysis;
using ReRamNav.Cli.Output;
using ReRamNav.Cli.Simulation;
using ReRamNav.Cli.Sweep;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav sweep grid --param NAME=V1,V2,... [--param ...] [--seeds N] [--out DIR]`: the A -> B -> A
/// experiment (as `demo`) at every point of the grid of agent parameters, over seeds; writes sweep.csv
/// (one row per grid point: convergence per block, recall ratio, path ratio, success) and
/// sweep-blocks.csv (one row per point, seed and block), and prints the table.
/// </summary>
public static class GridSweepCommand
{
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("grid", "Grid sweep of agent parameters over seeds on the A -> B -> A experiment -> sweep.csv and a printed table");
        Configure(command, stdout);
        return command;
    }

    /// <summary>Adds the grid sweep's options and action to <paramref name="command"/> (the `grid` subcommand, and `sweep` itself as its default).</summary>
    public static void Configure(Command command, TextWriter stdout)
    {
        var param = new Option<string[]>("--param") { Description = "An axis of the grid: NAME=V1,V2,... over an agent parameter (docs/algorithm.md §3; one value = fixed). Repeatable; the grid is every combination", HelpName = "NAME=V1,V2" };
        var seeds = new Option<string>("--seeds") { Description = "N (seeds 1..N), a range 1-10 or a list 1,4,9", DefaultValueFactory = _ => "10", HelpName = "SEEDS" };
        var outDir = new Option<string>("--out") { Description = "Directory for sweep.csv and sweep-blocks.csv (created if missing)", DefaultValueFactory = _ => "sweep-out", HelpName = "DIR" };
        var mazeA = new Option<string?>("--maze-a") { Description = "Maze file for layout A (docs/formats.md); default: built-in layout A", HelpName = "FILE" };
        var mazeB = new Option<string?>("--maze-b") { Description = "Maze file for layout B; default: built-in layout B", HelpName = "FILE" };
        var start = new Option<string?>("--start") { Description = "Start ROW,COL (0-based); default: the start marked in maze A", HelpName = "ROW,COL" };
        var trials = new Option<int>("--trials-per-block") { Description = "Trials per block A, B, A", DefaultValueFactory = _ => 60 };
        var maxSteps = new Option<int>("--max-steps") { Description = "Step cap per trial (NAV.m: 600)", DefaultValueFactory = _ => 600 };
        foreach (var o in new Option[] { param, seeds, outDir, mazeA, mazeB, start, trials, maxSteps }) command.Options.Add(o);
        command.SetAction(parse => Execute(new Settings(parse.GetValue(param) ?? Array.Empty<string>(), parse.GetValue(seeds)!, parse.GetValue(outDir)!,
            parse.GetValue(mazeA), parse.GetValue(mazeB), parse.GetValue(start), parse.GetValue(trials), parse.GetValue(maxSteps)), stdout));
    }

    public sealed record Settings(string[] Params, string Seeds, string OutDir, string? MazeA, string? MazeB, string? Start, int TrialsPerBlock, int MaxSteps);

    /// <summary>One grid point's result over seeds.</summary>
    public sealed record PointResult(string[] Assignments, AbaRunSummary Summary, List<List<TrialRecord>> Runs);

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Execute(Settings s, TextWriter stdout)
    {
        // Validate everything before the first trial runs.
        if (s.Params.Length == 0) throw new CliUsageException("--param: give at least one axis, e.g. --param TrailLength=10,50,100 (agent parameters: docs/algorithm.md §3)");
        var grid = ParameterGrid.Parse(s.Params);
        uint[] seeds = OptionValues.ParseSeedCount(s.Seeds, "--seeds");
        int trialsPerBlock = OptionValues.CheckRange(s.TrialsPerBlock, 1, 10000, "--trials-per-block");
        int maxSteps = OptionValues.CheckRange(s.MaxSteps, 1, 100000, "--max-steps");
        if (grid.Count * seeds.Length > ParameterGrid.MaxRuns)
            throw new CliUsageException($"--param/--seeds: {grid.Count} grid points x {seeds.Length} seeds = {grid.Count * seeds.Length} runs, at most {ParameterGrid.MaxRuns}; use fewer values or seeds");
        var (a, b, startRow, startCol) = OptionValues.LoadMazePair(s.MazeA, s.MazeB, s.Start);
        var points = grid.Points();
        foreach (var point in points) AgentPulseLimits.Check(ParametersFor(point, maxSteps), ReRamNav.Drivers.Board.SafetyLimits.SiOxDefaults());
        OptionValues.CreateOutputDirectory(s.OutDir, "--out", "sweep.csv", "sweep-blocks.csv");

        stdout.WriteLine($"ReRamNav sweep grid: {points.Count} points x {seeds.Length} seeds on {a.Name} -> {b.Name} -> {a.Name}, start ({startRow},{startCol}), {trialsPerBlock} trials per block, cap {maxSteps}");
        foreach (string note in OptionValues.ExperimentNotes(a, b, s.Start, startRow, startCol, maxSteps)) stdout.WriteLine(note);
        // Ctrl+C stops starting runs; the points whose every seed finished are still written.
        List<PointResult> results;
        using (var interrupt = new Interruption(Console.Error, "the runs in progress"))
        {
            results = Run(points, seeds, a, b, startRow, startCol, trialsPerBlock, maxSteps, new SweepProgress(points.Count * seeds.Length, Console.Error).Report, interrupt.Token);
        }
        bool interrupted = results.Count < points.Count;
        if (interrupted) stdout.WriteLine($"interrupted: {results.Count} of {points.Count} grid points finished (every seed); writing those");

        string csv = Path.Combine(s.OutDir, "sweep.csv"), blocksCsv = Path.Combine(s.OutDir, "sweep-blocks.csv");
        string axes = string.Join(",", grid.Names);
        File.WriteAllLines(csv, new[] { axes + ",seeds,median_converged_b1,median_converged_b2,median_converged_b3,seeds_converged_b1,seeds_converged_b2,seeds_converged_b3,mean_converged_b1,mean_converged_b2,mean_converged_b3,recall_ratio,path_ratio,success_pct,success_last20_pct" }
            .Concat(results.Select(r => string.Join(",", Values(r.Assignments).Select(TrialCsv.Quote)) + "," + string.Join(",", SummaryColumns(r.Summary, seeds.Length)))));
        var blockLines = new List<string> { axes + ",seed,block,layout,optimal_steps,converged_at_trial,success_rate_last20,median_steps_last20" };
        foreach (var r in results)
            foreach (var (seed, run) in seeds.Zip(r.Runs))
                foreach (var x in BlockSummary.Of(run))
                    blockLines.Add(string.Join(",", Values(r.Assignments).Select(TrialCsv.Quote)) + "," + string.Join(",", seed.ToString(C), x.Block.ToString(C), TrialCsv.Quote(x.Layout),
                        x.OptimalSteps.ToString(C), x.ConvergedAtTrial?.ToString(C) ?? "", x.SuccessRateLastN.ToString("0.###", C), x.MedianStepsLastN.ToString("0.#", C)));
        File.WriteAllLines(blocksCsv, blockLines);

        stdout.WriteLine();
        stdout.Write(Table(grid.Names, results, trialsPerBlock));
        stdout.WriteLine();
        stdout.WriteLine($"wrote {csv}, {blocksCsv}");
        return interrupted ? Interruption.ExitCode : 0;
    }

    /// <summary>
    /// Every (point, seed) run in parallel; results in grid order, seeds in the order given. Once <paramref name="cancel"/>
    /// is set no run starts, and only the points whose every seed finished are returned.
    /// </summary>
    public static List<PointResult> Run(List<string[]> points, uint[] seeds, ReRamNav.Firmware.Environments.GridMaze a, ReRamNav.Firmware.Environments.GridMaze b,
        int startRow, int startCol, int trialsPerBlock, int maxSteps, Action<int>? onRunDone = null, CancellationToken cancel = default)
    {
        var runs = ParallelRuns.Map(points.Count * seeds.Length, i =>
            MazeExperiment.Run(a, b, startRow, startCol, trialsPerBlock, maxSteps, seeds[i % seeds.Length], ParametersFor(points[i / seeds.Length], maxSteps)),
            onRunDone, cancel, out bool[] done);
        var results = new List<PointResult>();
        for (int k = 0; k < points.Count; k++)
        {
            if (!Enumerable.Range(k * seeds.Length, seeds.Length).All(i => done[i])) continue;
            var mine = runs.Skip(k * seeds.Length).Take(seeds.Length).ToList();
            results.Add(new PointResult(points[k], AbaRunSummary.Of(mine), mine));
        }
        return results;
    }

    /// <summary>The agent's defaults with one grid point's assignments; path memory sized for the cap.</summary>
    public static AgentParameters ParametersFor(string[] assignments, int maxSteps)
    {
        var p = AgentParameterOverrides.Apply(AgentParameters.PaperDefaults(), assignments);
        p.MaxPathLength = Math.Max(p.MaxPathLength, maxSteps + 1);
        return p;
    }

    private static IEnumerable<string> Values(string[] assignments) => assignments.Select(x => x[(x.IndexOf('=') + 1)..]);

    private static IEnumerable<string> SummaryColumns(AbaRunSummary s, int seeds)
    {
        yield return seeds.ToString(C);
        for (int i = 0; i < 3; i++) yield return i < s.Blocks.Count ? s.Blocks[i].MedianConvergedAtTrial.ToString("0.#", C) : "";
        for (int i = 0; i < 3; i++) yield return i < s.Blocks.Count ? s.Blocks[i].SeedsConverged.ToString(C) : "";
        for (int i = 0; i < 3; i++) yield return i < s.MeanConvergedAtTrial.Count ? s.MeanConvergedAtTrial[i].ToString("0.##", C) : "";
        yield return double.IsNaN(s.RecallRatio) ? "" : s.RecallRatio.ToString("0.###", C);
        yield return double.IsNaN(s.PathRatio) ? "" : s.PathRatio.ToString("0.###", C);
        yield return s.SuccessPct.ToString("0.##", C);
        yield return s.SuccessLast20Pct.ToString("0.##", C);
    }

    private static string Table(IReadOnlyList<string> names, List<PointResult> results, int trialsPerBlock)
    {
        var headers = names.Concat(new[] { "converge A / B / A", "seeds conv.", "recall", "path", "success" }).ToList();
        var rows = results.Select(r => Values(r.Assignments).Concat(new[]
        {
            r.Summary.MedianConvergence(C), r.Summary.SeedsConverged,
            double.IsNaN(r.Summary.RecallRatio) ? "-" : r.Summary.RecallRatio.ToString("0.00", C),
            double.IsNaN(r.Summary.PathRatio) ? "-" : r.Summary.PathRatio.ToString("0.00", C),
            r.Summary.SuccessPct.ToString("0.#", C) + " %",
        }).ToList()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToList();
        var sb = new StringBuilder();
        sb.AppendLine(string.Join("  ", headers.Select((h, i) => h.PadLeft(widths[i]))));
        foreach (var r in rows) sb.AppendLine(string.Join("  ", r.Select((v, i) => v.PadLeft(widths[i]))));
        sb.AppendLine($"converge = median over seeds of the trial from which every trial of the block is within 2x the shortest path (never = {trialsPerBlock + 1}); recall = block 3 / block 1; path = median steps of the last 20 trials / shortest, worst block; success = goal reached, all trials");
        return sb.ToString();
    }
}
