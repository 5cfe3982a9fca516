using System.CommandLine;
using System.Globalization;
using ReRamNav.Cli.Analysis;
using ReRamNav.Cli.Output;
using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav demo`: the paper's dynamic-maze experiment (learn layout A, the maze changes to B, it
/// changes back to A) on the built-in virtual board, through the real driver and SPI protocol.
/// One seed prints every trial; several seeds print one line per seed and the medians.
/// </summary>
public static class DemoCommand
{
    public static Command Create(TextWriter stdout)
    {
        var mazeA = new Option<string?>("--maze-a") { Description = "Maze file for layout A (docs/formats.md); default: the built-in layout A", HelpName = "FILE" };
        var mazeB = new Option<string?>("--maze-b") { Description = "Maze file for layout B; default: the built-in layout B", HelpName = "FILE" };
        var start = new Option<string?>("--start") { Description = "Start cell ROW,COL (0-based); default: the start marked in maze A", HelpName = "ROW,COL" };
        var trials = new Option<int>("--trials-per-block") { Description = "Trials in each of the three blocks A, B, A", DefaultValueFactory = _ => 60 };
        var maxSteps = new Option<int>("--max-steps") { Description = "Step cap per trial (the paper's code: 600)", DefaultValueFactory = _ => 600 };
        var seed = new Option<string>("--seeds", "--seed") { Description = "Seed, list or range: 7, 1-10, 1,4,9 (board PRNG and network initialisation)", DefaultValueFactory = _ => "1", HelpName = "SEEDS" };
        var outDir = new Option<string?>("--out") { Description = "Directory for trials.csv, blocks.csv and learning.png (created if missing)", HelpName = "DIR" };
        var log = new Option<string?>("--log") { Description = "Per-operation log of one seed: a CSV row per read and pulse (time_us, cell, V, I_C, width, result); about 20 rows per step", HelpName = "FILE.csv" };
        var param = new Option<string[]>("--param") { Description = "Override an agent parameter, NAME=VALUE (repeatable; docs/algorithm.md)", HelpName = "NAME=VALUE", AllowMultipleArgumentsPerToken = false };
        var device = DeviceOption.Create();

        var command = new Command("demo", "Learn maze A, re-learn after it changes to B, recall A: the paper's experiment on the virtual board");
        foreach (var o in new Option[] { mazeA, mazeB, start, trials, maxSteps, seed, outDir, param, device, log }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var settings = new DemoSettings(
                parse.GetValue(mazeA), parse.GetValue(mazeB), parse.GetValue(start),
                parse.GetValue(trials), parse.GetValue(maxSteps), parse.GetValue(seed)!,
                parse.GetValue(outDir), parse.GetValue(param) ?? Array.Empty<string>(), parse.GetValue(device)!, parse.GetValue(log));
            return Execute(settings, stdout);
        });
        return command;
    }

    public sealed record DemoSettings(string? MazeAPath, string? MazeBPath, string? Start, int TrialsPerBlock, int MaxSteps,
        string Seeds, string? OutDir, string[] Params, string Device = HalMock.Model.DevicePreset.PaperName, string? LogPath = null);

    public static int Execute(DemoSettings s, TextWriter stdout)
    {
        // Validate everything before any trial runs, so a typo costs nothing.
        var (a, b, startRow, startCol) = OptionValues.LoadMazePair(s.MazeAPath, s.MazeBPath, s.Start);
        int trialsPerBlock = OptionValues.CheckRange(s.TrialsPerBlock, 1, 10000, "--trials-per-block");
        int maxSteps = OptionValues.CheckRange(s.MaxSteps, 1, 100000, "--max-steps");
        uint[] seeds = OptionValues.ParseSeeds(s.Seeds, "--seeds");
        var parameters = AgentParameterOverrides.Apply(AgentParameters.PaperDefaults(), s.Params);
        string deviceName = DeviceOption.Parse(s.Device).Name;
        if (s.LogPath != null && seeds.Length != 1)
            throw new CliUsageException($"--log: {seeds.Length} seeds given; the operation log records one run, expected a single --seeds value");
        if (s.OutDir != null) OptionValues.CreateOutputDirectory(s.OutDir, "--out", "trials.csv", "blocks.csv", "learning.png");
        if (s.LogPath != null)
        {
            // The operation log must not be a file this run writes or reads: one would overwrite the other.
            var others = new List<(string Path, string What)>();
            if (s.OutDir != null) others.AddRange(new[] { "trials.csv", "blocks.csv", "learning.png" }.Select(n => (Path.Combine(s.OutDir, n), "an --out file")));
            if (s.MazeAPath != null) others.Add((s.MazeAPath, "the --maze-a file"));
            if (s.MazeBPath != null) others.Add((s.MazeBPath, "the --maze-b file"));
            foreach (var (path, what) in others)
                if (Path.GetFullPath(path) == Path.GetFullPath(s.LogPath))
                    throw new CliUsageException($"--log: {s.LogPath} is also {what}; expected another file");
        }
        using OperationCsvLog? operationLog = s.LogPath == null ? null : new OperationCsvLog(OptionValues.CreateOutputFile(s.LogPath, "--log"));

        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine($"ReRamNav demo: place-cell network on the virtual SiOx 1T1R board ({a.Rows}x{a.Cols} places x 9 devices, device preset {deviceName}), through the driver and SPI protocol v1");
        stdout.WriteLine($"layout A = {a.Name} (shortest {ShortestPath.Moves(a, startRow, startCol)} moves), layout B = {b.Name} (shortest {ShortestPath.Moves(b, startRow, startCol)} moves), start ({startRow},{startCol})");
        stdout.WriteLine($"blocks A, B, A of {trialsPerBlock} trials, step cap {maxSteps}, seeds {string.Join(",", seeds)}");
        foreach (string note in OptionValues.ExperimentNotes(a, b, s.Start, startRow, startCol, maxSteps)) stdout.WriteLine(note);
        if (seeds.Length == 1 && seeds[0] > 1 && s.Seeds.Trim() == seeds[0].ToString(c))
            stdout.WriteLine($"note: --seeds {seeds[0]} runs seed {seeds[0]} only; for seeds 1..{seeds[0]} write --seeds 1-{seeds[0]} (reproduce and sweep read a bare N as a count)");
        stdout.WriteLine();

        var allRows = new List<(TrialRecord Record, uint Seed)>();
        var perSeed = new List<IReadOnlyList<BlockSummary>>();
        var seedsDone = new List<uint>();
        using var interrupt = new Interruption(Console.Error, "the seed in progress");
        foreach (uint one in seeds)
        {
            if (interrupt.Requested) break;
            var records = MazeExperiment.Run(a, b, startRow, startCol, trialsPerBlock, maxSteps, one, parameters, device: HalMock.Model.DevicePreset.ByName(deviceName), operationLog: operationLog);
            allRows.AddRange(records.Select(r => (r, one)));
            var blocks = BlockSummary.Of(records);
            perSeed.Add(blocks);
            if (seeds.Length == 1) WriteTrialStrips(records, stdout);
            else stdout.WriteLine($"seed {one,4}: converged at trial " + string.Join(" / ", blocks.Select(x => x.ConvergedAtTrial?.ToString(c) ?? "never")));
            seedsDone.Add(one);
        }
        bool interrupted = seedsDone.Count < seeds.Length;
        if (interrupted)
        {
            stdout.WriteLine($"interrupted: {seedsDone.Count} of {seeds.Length} seeds finished{(seedsDone.Count > 0 ? "; the summary and --out files are theirs" : "; nothing to summarise")}");
            if (seedsDone.Count == 0) return Interruption.ExitCode;
            seeds = seedsDone.ToArray();
        }
        stdout.WriteLine();
        WriteBlockTable(perSeed, seeds.Length, stdout);

        if (s.OutDir != null)
        {
            string trialsPath = Path.Combine(s.OutDir, "trials.csv"), blocksPath = Path.Combine(s.OutDir, "blocks.csv"), pngPath = Path.Combine(s.OutDir, "learning.png");
            File.WriteAllLines(trialsPath, new[] { TrialCsv.Header }.Concat(allRows.Select(x => TrialCsv.Row(x.Record, x.Seed))));
            File.WriteAllLines(blocksPath, new[] { "seed,block,layout,trials,optimal_steps,converged_at_trial,success_rate_last20,median_steps_last20,sets,resets,spi_transactions,spi_bytes,energy_pj" }
                .Concat(seeds.Zip(perSeed).SelectMany(p => p.Second.Select(x => string.Join(",",
                    p.First.ToString(c), x.Block.ToString(c), TrialCsv.Quote(x.Layout), x.Trials.ToString(c), x.OptimalSteps.ToString(c),
                    x.ConvergedAtTrial?.ToString(c) ?? "", x.SuccessRateLastN.ToString("0.###", c), x.MedianStepsLastN.ToString("0.#", c),
                    x.Sets.ToString(c), x.Resets.ToString(c), x.SpiTransactions.ToString(c), x.SpiBytes.ToString(c), x.EnergyPj.ToString(c))))));
            LearningCurvePlot.Save(pngPath, allRows, $"ReRamNav demo: {a.Name} -> {b.Name} -> {a.Name}, seeds {s.Seeds}");
            stdout.WriteLine();
            stdout.WriteLine($"wrote {trialsPath}, {blocksPath}, {pngPath}");
        }
        if (operationLog != null) stdout.WriteLine($"wrote {operationLog.Rows} operations to {s.LogPath}");
        return interrupted || interrupt.Requested ? Interruption.ExitCode : 0;
    }

    /// <summary>Steps of every trial, one block per line, so learning is visible at a glance ('x' = step cap hit).</summary>
    private static void WriteTrialStrips(List<TrialRecord> records, TextWriter stdout)
    {
        foreach (var block in records.GroupBy(r => r.Block))
        {
            var first = block.First();
            stdout.WriteLine($"block {block.Key} (layout {first.Layout}, shortest {first.OptimalSteps}): steps per trial (x = goal not reached)");
            var cells = block.Select(r => r.ReachedGoal ? r.Steps.ToString(CultureInfo.InvariantCulture) : "x").ToList();
            for (int i = 0; i < cells.Count; i += 20)
                stdout.WriteLine("  " + string.Join(" ", cells.Skip(i).Take(20).Select(x => x.PadLeft(4))));
        }
    }

    private static void WriteBlockTable(List<IReadOnlyList<BlockSummary>> perSeed, int seedCount, TextWriter stdout)
    {
        var c = CultureInfo.InvariantCulture;
        var sweep = SeedSweepSummary.Of(perSeed);
        stdout.WriteLine(seedCount == 1
            ? "block  layout        shortest  converged at trial  success last 20  median steps last 20  SPI txn/step  SPI bytes/step"
            : $"block  layout        shortest  median converged at (seeds converged)  median success last 20  SPI txn/step  SPI bytes/step");
        for (int i = 0; i < sweep.Count; i++)
        {
            var blocks = perSeed.Select(s => s[i]).ToList();
            double txnPerStep = blocks.Sum(x => x.SpiTransactions) / (double)Math.Max(1, blocks.Sum(x => x.Steps));
            double bytesPerStep = blocks.Sum(x => x.SpiBytes) / (double)Math.Max(1, blocks.Sum(x => x.Steps));
            var one = blocks[0];
            string layout = one.Layout.Length > 12 ? one.Layout[..12] : one.Layout;
            if (seedCount == 1)
                stdout.WriteLine($"{one.Block,5}  {layout,-12}  {one.OptimalSteps,8}  {(one.ConvergedAtTrial?.ToString(c) ?? "never"),18}  {one.SuccessRateLastN * 100,14:0}%  {one.MedianStepsLastN,20:0.#}  {txnPerStep,12:0.00}  {bytesPerStep,14:0.0}");
            else
                stdout.WriteLine($"{one.Block,5}  {layout,-12}  {one.OptimalSteps,8}  {sweep[i].MedianConvergedAtTrial,22:0.#} ({sweep[i].SeedsConverged}/{sweep[i].Seeds}){"",8}  {sweep[i].MedianSuccessRateLastN * 100,21:0}%  {txnPerStep,12:0.00}  {bytesPerStep,14:0.0}");
        }
        double recall = SeedSweepSummary.RecallRatio(sweep);
        // A median that is the "never" value (more than half the seeds never converge) is said as never.
        string Median(int block) => 2 * sweep[block].SeedsConverged < sweep[block].Seeds ? "never" : sweep[block].MedianConvergedAtTrial.ToString("0.#", c);
        if (!double.IsNaN(recall) && (Median(0) == "never" || Median(2) == "never"))
            stdout.WriteLine($"recall of A: converged at trial {Median(2)} vs {Median(0)} the first time (no ratio: a block that never converges has none; paper's hardware: 13 vs 33 = 0.39)");
        else if (!double.IsNaN(recall))
            stdout.WriteLine($"recall of A: converged at trial {Median(2)} vs {Median(0)} the first time (ratio {recall.ToString("0.00", c)}; paper's hardware: 13 vs 33 = 0.39)");
        stdout.WriteLine("converged at trial t = every trial from t to the end of the block reaches the goal within 2x the shortest path; a block that never converges counts as trials+1 in medians");
    }
}
