using System.CommandLine;
using System.Globalization;
using System.Text;
using ReRamNav.Cli.Analysis;
using ReRamNav.Cli.Baselines;
using ReRamNav.Cli.Output;
using ReRamNav.Cli.Reproduce;
using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav reproduce`: runs the experiments behind the paper's figures on the virtual board over
/// seeds, writes CSVs, PNGs and report.md into --out, and prints the paper's number beside ours for
/// each claim with an honest PASS / MISS (docs/reproduce.md).
/// </summary>
public static class ReproduceCommand
{
    public static readonly string[] Figures = { "4b", "4c", "baselines", "4f", "4g", "5d", "5g", "5b", "ablations", "table1" };

    public static Command Create(TextWriter stdout)
    {
        var figure = new Option<string>("--figure") { Description = "Which experiment: " + string.Join(", ", Figures) + " or all (comma-separated list allowed)", DefaultValueFactory = _ => "all", HelpName = "ID" };
        var seeds = new Option<string>("--seeds") { Description = "N (seeds 1..N), a range 1-10 or a list 1,4,9", DefaultValueFactory = _ => "10", HelpName = "SEEDS" };
        var outDir = new Option<string>("--out") { Description = "Directory for the CSVs, PNGs and report.md (created if missing)", DefaultValueFactory = _ => "reproduce-out", HelpName = "DIR" };
        var mazeA = new Option<string?>("--maze-a") { Description = "Maze file for layout A (docs/formats.md); default: built-in layout A", HelpName = "FILE" };
        var mazeB = new Option<string?>("--maze-b") { Description = "Maze file for layout B; default: built-in layout B", HelpName = "FILE" };
        var start = new Option<string?>("--start") { Description = "Maze start ROW,COL (0-based); default: the start marked in maze A", HelpName = "ROW,COL" };
        var trials = new Option<int>("--trials-per-block") { Description = "Trials per block A, B, A (paper: 60)", DefaultValueFactory = _ => 60 };
        var maxSteps = new Option<int>("--max-steps") { Description = "Step cap per maze trial (NAV.m: 600)", DefaultValueFactory = _ => 600 };
        var map = new Option<string?>("--map", "--terrain") { Description = "Elevation grid for the rover (docs/formats.md: 'width height' levels, MOLA text, ESRI .asc); default: the built-in crater terrain", HelpName = "FILE" };
        var mapStart = new Option<string?>("--map-start") { Description = "Rover start ROW,COL; default: the paper's (79,11) scaled to the map", HelpName = "ROW,COL" };
        var mapGoal = new Option<string?>("--map-goal") { Description = "Rover goal ROW,COL; default: the paper's (59,108) scaled to the map", HelpName = "ROW,COL" };
        var cost = new Option<string>("--cost") { Description = "Elevation -> cost: auto (band for unitless maps, slope for metres), band (paper Fig. 5c) or slope", DefaultValueFactory = _ => "auto", HelpName = "MODEL" };
        var roverTrials = new Option<int>("--rover-trials") { Description = "Rover trials (paper: 95)", DefaultValueFactory = _ => 95 };
        var roverSteps = new Option<int>("--rover-max-steps") { Description = "Rover step cap per trial", DefaultValueFactory = _ => 1000 };
        var noBearing = new Option<bool>("--no-goal-bearing") { Description = "Rover without the goal bearing in its synapses (the paper states none)" };
        var dqnSeeds = new Option<int>("--dqn-seeds") { Description = "Seeds for the deep Q-network baseline (slow: ~5 s per seed on the paper's maze)", DefaultValueFactory = _ => 2 };
        var param = new Option<string[]>("--param") { Description = "Override an agent parameter, NAME=VALUE (repeatable; docs/algorithm.md)", HelpName = "NAME=VALUE" };
        var device = DeviceOption.Create();

        var command = new Command("reproduce", "Run the paper's experiments (Figs. 4b, 4c, 4f, 4g, 5b, 5d, 5g, Table 1), the baselines and the ablations, and report paper vs ours");
        foreach (var o in new Option[] { figure, seeds, outDir, mazeA, mazeB, start, trials, maxSteps, map, mapStart, mapGoal, cost, roverTrials, roverSteps, noBearing, dqnSeeds, param, device })
            command.Options.Add(o);
        command.SetAction(parse => Execute(new Settings(
            parse.GetValue(figure)!, parse.GetValue(seeds)!, parse.GetValue(outDir)!, parse.GetValue(mazeA), parse.GetValue(mazeB),
            parse.GetValue(start), parse.GetValue(trials), parse.GetValue(maxSteps), parse.GetValue(map), parse.GetValue(mapStart),
            parse.GetValue(mapGoal), parse.GetValue(cost)!, parse.GetValue(roverTrials), parse.GetValue(roverSteps),
            !parse.GetValue(noBearing), parse.GetValue(dqnSeeds), parse.GetValue(param) ?? Array.Empty<string>(), parse.GetValue(device)!), stdout));
        return command;
    }

    public sealed record Settings(string Figure, string Seeds, string OutDir, string? MazeA, string? MazeB, string? Start,
        int TrialsPerBlock, int MaxSteps, string? Map, string? MapStart, string? MapGoal, string Cost, int RoverTrials,
        int RoverMaxSteps, bool GoalBearing, int DqnSeeds, string[] Params, string Device = HalMock.Model.DevicePreset.PaperName);

    /// <summary>One line of the paper-vs-ours table.</summary>
    public sealed record Claim(string Figure, string What, string Paper, string Ours, string Target, bool? Pass);

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Execute(Settings s, TextWriter stdout)
    {
        // --- validate everything first ---
        var figures = ParseFigures(s.Figure);
        uint[] seeds = OptionValues.ParseSeedCount(s.Seeds, "--seeds");
        int trialsPerBlock = OptionValues.CheckRange(s.TrialsPerBlock, 1, 10000, "--trials-per-block");
        int maxSteps = OptionValues.CheckRange(s.MaxSteps, 1, 100000, "--max-steps");
        int roverTrials = OptionValues.CheckRange(s.RoverTrials, 1, 10000, "--rover-trials");
        int roverMaxSteps = OptionValues.CheckRange(s.RoverMaxSteps, 1, 60000, "--rover-max-steps");
        int dqnSeeds = OptionValues.CheckRange(s.DqnSeeds, 0, 1000, "--dqn-seeds");
        var baseParams = AgentParameterOverrides.Apply(AgentParameters.PaperDefaults(), s.Params);
        string deviceName = DeviceOption.Parse(s.Device).Name;
        baseParams.MaxPathLength = Math.Max(baseParams.MaxPathLength, maxSteps + 1);
        AgentPulseLimits.Check(baseParams, ReRamNav.Drivers.Board.SafetyLimits.SiOxDefaults());
        var (a, b, startRow, startCol) = OptionValues.LoadMazePair(s.MazeA, s.MazeB, s.Start);
        TerrainMission? mission = figures.Contains("5d") || figures.Contains("5g") || figures.Contains("5b") ? LoadMission(s) : null;
        OptionValues.CreateOutputDirectory(s.OutDir, "--out", OutputFiles(figures, s.MazeA != null || s.MazeB != null));

        stdout.WriteLine($"ReRamNav reproduce: Bianchi et al., Nat. Commun. 14:1565 (2023) on the virtual SiOx 1T1R board");
        stdout.WriteLine($"figures {string.Join(",", figures)}; seeds {FormatSeeds(seeds)}; mazes A = {a.Name}, B = {b.Name}, start ({startRow},{startCol}); {trialsPerBlock} trials per block, cap {maxSteps}");
        foreach (string note in OptionValues.ExperimentNotes(a, b, s.Start, startRow, startCol, maxSteps)) stdout.WriteLine(note);
        if (mission == null && (s.Map != null || s.MapStart != null || s.MapGoal != null))
            stdout.WriteLine("note: --map, --map-start and --map-goal are used by figures 5d, 5g and 5b only, none of which runs here");
        var claims = new List<Claim>();
        var written = new List<string>();
        var comparison = new ComparisonTable();

        List<List<TrialRecord>>? aba = null;
        if (figures.Contains("4b") || figures.Contains("4c"))
        {
            aba = ForSeeds(seeds, seed => MazeExperiment.Run(a, b, startRow, startCol, trialsPerBlock, maxSteps, seed, Clone(baseParams), device: HalMock.Model.DevicePreset.ByName(deviceName)));
            if (figures.Contains("4b")) Fig4b(s.OutDir, seeds, aba, claims, written, comparison);
            if (figures.Contains("4c")) Fig4c(s.OutDir, seeds, aba, trialsPerBlock, claims, written);
        }
        if (figures.Contains("baselines")) Baselines(s.OutDir, seeds, a, b, startRow, startCol, trialsPerBlock, maxSteps, dqnSeeds, aba, baseParams, claims, written, comparison);
        if (figures.Contains("4f")) Fig4f(s.OutDir, seeds, a, startRow, startCol, baseParams, claims, written, comparison);
        if (figures.Contains("4g")) Fig4g(s.OutDir, a, claims, written, comparison);
        if (figures.Contains("5d") || figures.Contains("5g"))
        {
            // One rover run per seed serves both: 5g's "from scratch" half is exactly the 5d run.
            var settings = RoverSettings.Default with { Trials = roverTrials, MaxSteps = roverMaxSteps, GoalBearing = s.GoalBearing };
            bool transfer = figures.Contains("5g");
            var rover = ParallelRuns.Map(seeds.Length, i =>
            {
                var p = AgentParameterOverrides.Apply(MarsExperiment.RoverParameters(roverMaxSteps), s.Params);
                (List<TrialRecord> Scratch, List<TrialRecord> Transfer) run = transfer
                    ? RoverTransfer.Run(mission!, settings, seeds[i], p)
                    : (MarsExperiment.Run(mission!, settings, seeds[i], p), new List<TrialRecord>());
                return run;
            });
            if (figures.Contains("5d")) Fig5d(s.OutDir, seeds, mission!, rover.Select(r => r.Scratch).ToList(), claims, written, comparison);
            if (transfer) Fig5g(s.OutDir, seeds, mission!, rover.Select(r => r.Scratch).ToList(), rover.Select(r => r.Transfer).ToList(), claims, written);
        }
        if (figures.Contains("5b")) Fig5b(s.OutDir, seeds[0], mission!, roverTrials, roverMaxSteps, s.GoalBearing, s.Params, claims, written);
        var sections = new List<string>();
        if (!comparison.IsEmpty) sections.Add(comparison.Markdown());
        if (figures.Contains("ablations")) sections.Add(Ablations(s, seeds, a, b, startRow, startCol, trialsPerBlock, maxSteps, claims, written, stdout));
        if (figures.Contains("table1")) Table1(s.OutDir, seeds, a, b, startRow, startCol, trialsPerBlock, maxSteps, baseParams, deviceName, claims, written);

        string table = ClaimTable(claims);
        stdout.WriteLine();
        stdout.Write(table);
        string report = Path.Combine(s.OutDir, "report.md");
        File.WriteAllText(report, Report(s, seeds, a, b, startRow, startCol, mission, table, sections, written));
        written.Add(report);
        stdout.WriteLine();
        stdout.WriteLine("wrote " + string.Join(", ", written.Select(Path.GetFileName)) + " in " + s.OutDir);
        return 0;
    }

    // ---------------------------------------------------------------- Fig. 4b: convergence A -> B -> A
    private static void Fig4b(string dir, uint[] seeds, List<List<TrialRecord>> aba, List<Claim> claims, List<string> written, ComparisonTable comparison)
    {
        var perSeed = aba.Select(r => (IReadOnlyList<BlockSummary>)BlockSummary.Of(r)).ToList();
        var sweep = SeedSweepSummary.Of(perSeed);
        string trials = Path.Combine(dir, "fig4b-trials.csv"), blocks = Path.Combine(dir, "fig4b-blocks.csv"), png = Path.Combine(dir, "fig4b.png");
        File.WriteAllLines(trials, new[] { TrialCsv.Header }.Concat(seeds.Zip(aba).SelectMany(p => p.Second.Select(r => TrialCsv.Row(r, p.First)))));
        File.WriteAllLines(blocks, new[] { "seed,block,layout,optimal_steps,converged_at_trial,success_rate_last20,median_steps_last20" }
            .Concat(seeds.Zip(perSeed).SelectMany(p => p.Second.Select(x => string.Join(",", p.First.ToString(C), x.Block.ToString(C), TrialCsv.Quote(x.Layout),
                x.OptimalSteps.ToString(C), x.ConvergedAtTrial?.ToString(C) ?? "", x.SuccessRateLastN.ToString("0.###", C), x.MedianStepsLastN.ToString("0.#", C))))));
        LearningCurvePlot.Save(png, seeds.Zip(aba).SelectMany(p => p.Second.Select(r => (r, p.First))).ToList(), "Fig. 4b: steps per trial, layouts A -> B -> A (median over seeds)");
        written.AddRange(new[] { trials, blocks, png });

        string ours = string.Join(" / ", sweep.Select(x => x.MedianConvergedAtTrial.ToString("0.#", C)));
        bool pass = sweep.Count == 3 && sweep[0].MedianConvergedAtTrial <= 20 && sweep[1].MedianConvergedAtTrial <= 20 && sweep[2].MedianConvergedAtTrial <= 5;
        comparison.Set(ConvergenceRow, ComparisonTable.PaperBio, "33 / 33 / 13");
        comparison.Set(ConvergenceRow, ComparisonTable.Ours, ours);
        claims.Add(new Claim("4b", "median trials to converge per block A / B / A", "33 / 33 / 13", ours + $" (seeds converged {string.Join("/", sweep.Select(x => x.SeedsConverged))} of {seeds.Length})", "<= 20 / 20 / 5", pass));
        // Converged path: median over seeds of (median steps of the last 20 trials / shortest path), worst block.
        double ratio = perSeed.Count == 0 ? double.NaN : Enumerable.Range(0, sweep.Count)
            .Max(i => BlockSummary.Median(perSeed.Select(p => p[i].MedianStepsLastN / Math.Max(1, p[i].OptimalSteps))));
        claims.Add(new Claim("4b", "converged path / shortest path (median of last 20 trials, worst block)", "~1 (3-5 us after a burst recall)", ratio.ToString("0.00", C), "<= 1.3", ratio <= 1.3));
        double recall = SeedSweepSummary.RecallRatio(sweep);
        claims.Add(new Claim("4b", "recall: convergence of the return to A / first A", (13.0 / 33).ToString("0.00", C), recall.ToString("0.00", C), "< 1", recall < 1));
    }

    // ---------------------------------------------------------------- Fig. 4c: integration energy falls once learned
    private static void Fig4c(string dir, uint[] seeds, List<List<TrialRecord>> aba, int trialsPerBlock, List<Claim> claims, List<string> written)
    {
        var (mean, std) = MeanStd(aba, r => r.IntegrationEnergyPj);
        int n = mean.Length;
        string csv = Path.Combine(dir, "fig4c-energy.csv"), png = Path.Combine(dir, "fig4c.png");
        File.WriteAllLines(csv, new[] { "trial,block,integration_energy_pj_mean,integration_energy_pj_std,energy_pj_mean" }
            .Concat(Enumerable.Range(0, n).Select(t => string.Join(",", (t + 1).ToString(C), aba[0][t].Block.ToString(C), mean[t].ToString("0.###", C),
                std[t].ToString("0.###", C), aba.Average(r => (double)r[t].EnergyPj).ToString("0.#", C)))));
        ReproducePlots.Energy(png, Enumerable.Range(1, n).Select(x => (double)x).ToArray(), mean, trialsPerBlock + 0.5, 2 * trialsPerBlock + 0.5);
        written.AddRange(new[] { csv, png });
        // Early: the first 5 trials of block 1 (exploring). Converged: the trials of the last 20 of each block that are within 2x the shortest path.
        var early = aba.SelectMany(r => r.Where(x => x.Block == 1 && x.TrialInBlock <= Math.Min(5, trialsPerBlock))).Select(x => (double)x.IntegrationEnergyPj).ToList();
        var late = aba.SelectMany(r => r.Where(x => x.TrialInBlock > trialsPerBlock - Math.Min(20, trialsPerBlock) && BlockSummary.IsGood(x))).Select(x => (double)x.IntegrationEnergyPj).ToList();
        double e = early.Count > 0 ? early.Average() : double.NaN, l = late.Count > 0 ? late.Average() : double.NaN;
        double ratio = e / Math.Max(l, 1e-9);
        claims.Add(new Claim("4c", "integration energy per trial, exploring / converged", $"1.6e-8 / 4.4e-11 = {PaperReference.IntegrationEnergyRatio:0}x",
            $"{e:0.#} pJ / {l:0.##} pJ = {ratio:0}x", ">= 100x", ratio >= 100));
    }

    // ---------------------------------------------------------------- Table 1: accuracy vs the synapses' binary programming
    private static void Table1(string dir, uint[] seeds, GridMaze a, GridMaze b, int startRow, int startCol, int trialsPerBlock, int maxSteps,
        AgentParameters p, string deviceName, List<Claim> claims, List<string> written)
    {
        var cells = Sweep.Table1Sweep.Run(a, b, startRow, startCol, trialsPerBlock, maxSteps, seeds, p, deviceName);
        string csv = Path.Combine(dir, "table1-accuracy.csv"), png = Path.Combine(dir, "table1-accuracy.png");
        File.WriteAllLines(csv, new[] { "compliance_ua,stop_mv,accuracy_pct,paper_accuracy_pct" }.Concat(cells.Select(c =>
            string.Join(",", c.ComplianceUa.ToString(C), c.StopMv.ToString(C), c.AccuracyPct.ToString("0.##", C), c.PaperAccuracyPct.ToString("0.0", C)))));
        Sweep.Table1Plot.Save(png, $"Table 1 on the virtual board ({deviceName} preset, {seeds.Length} seeds)", cells);
        written.AddRange(new[] { csv, png });
        var v = Sweep.Table1Trend.Judge(cells);
        string range = $"{cells.Min(c => c.AccuracyPct):0.#}-{cells.Max(c => c.AccuracyPct):0.#} %";
        claims.Add(new Claim("table1", "accuracy vs binary programming (I_C, V_STOP): rises with I_C and with the depth of V_STOP, >= 99 % only at I_C >= 130 uA, V_STOP <= -1.4 V",
            "69.4 % (50 uA, -1 V) .. 99.3 % (>= 130 uA, -1.6 V)", range + (v.RisesWithCompliance && v.RisesWithStopVoltage && v.HighOnlyInCorner ? ", trend as in the paper" : ", trend not reproduced"),
            "same trend", v.RisesWithCompliance && v.RisesWithStopVoltage && v.HighOnlyInCorner));
    }

    // ---------------------------------------------------------------- baselines on the same schedule and budget
    private static void Baselines(string dir, uint[] seeds, GridMaze a, GridMaze b, int startRow, int startCol, int trialsPerBlock, int maxSteps,
        int dqnSeeds, List<List<TrialRecord>>? aba, AgentParameters p, List<Claim> claims, List<string> written, ComparisonTable comparison)
    {
        aba ??= ForSeeds(seeds, seed => MazeExperiment.Run(a, b, startRow, startCol, trialsPerBlock, maxSteps, seed, Clone(p)));
        var blocks = BaselineExperiment.Aba(a, b, startRow, startCol, trialsPerBlock);
        var q = ForSeeds(seeds, seed => BaselineExperiment.Run(new QLearning(a.Rows, a.Cols, (int)seed), blocks, maxSteps));
        uint[] dSeeds = seeds.Take(dqnSeeds).ToArray();
        var d = ForSeeds(dSeeds, seed => BaselineExperiment.Run(new DeepQNetwork(a.Rows, a.Cols, (int)seed), blocks, maxSteps));
        var methods = new List<(string Name, uint[] Seeds, List<List<TrialRecord>> Runs)> { ("place-cell network (ours)", seeds, aba), ("tabular Q-learning", seeds, q) };
        if (dSeeds.Length > 0) methods.Add(("deep Q-network", dSeeds, d));
        string csv = Path.Combine(dir, "baselines.csv");
        var lines = new List<string> { "method,seed,block,layout,optimal_steps,converged_at_trial,success_rate_last20,median_steps_last20,total_steps" };
        var summary = new List<(string Name, List<SeedSweepSummary> Sweep, double Success)>();
        foreach (var (name, ms, runs) in methods)
        {
            var perSeed = runs.Select(r => (IReadOnlyList<BlockSummary>)BlockSummary.Of(r)).ToList();
            foreach (var (seed, bl) in ms.Zip(perSeed))
                foreach (var x in bl)
                    lines.Add(string.Join(",", TrialCsv.Quote(name), seed.ToString(C), x.Block.ToString(C), TrialCsv.Quote(x.Layout), x.OptimalSteps.ToString(C),
                        x.ConvergedAtTrial?.ToString(C) ?? "", x.SuccessRateLastN.ToString("0.###", C), x.MedianStepsLastN.ToString("0.#", C), x.Steps.ToString(C)));
            summary.Add((name, SeedSweepSummary.Of(perSeed), runs.SelectMany(r => r).Count(r => r.ReachedGoal) / (double)runs.Sum(r => r.Count)));
        }
        File.WriteAllLines(csv, lines);
        written.Add(csv);
        string[] columns = { ComparisonTable.Ours, ComparisonTable.TabularQ, ComparisonTable.OurDqn };
        for (int i = 0; i < summary.Count; i++)
        {
            comparison.Set(ConvergenceRow, columns[i], string.Join(" / ", summary[i].Sweep.Select(x => x.MedianConvergedAtTrial.ToString("0.#", C))));
            comparison.Set($"goal reached within {maxSteps} steps, all {3 * trialsPerBlock} trials A -> B -> A", columns[i], $"{summary[i].Success * 100:0.#} % ({methods[i].Seeds.Length} seeds)");
        }
        foreach (var (name, sweep, success) in summary)
            claims.Add(new Claim("baselines", $"{name}: median trials to converge A / B / A; goal reached in all trials", "-",
                string.Join(" / ", sweep.Select(x => x.MedianConvergedAtTrial.ToString("0.#", C))) + $"; {success * 100:0.#} %", "-", null));
        double ours = summary[0].Success, ql = summary[1].Success;
        claims.Add(new Claim("baselines", "ours reaches the goal at least as often as tabular Q-learning (same mazes, start, trials, cap)", "bio >= DQN",
            $"{ours * 100:0.#} % vs {ql * 100:0.#} %", "ours >= Q", ours >= ql));
    }

    /// <summary>The files the selected figures write (checked before the run; keep in step with the figure methods).</summary>
    private static string[] OutputFiles(ICollection<string> figures, bool userMazes)
    {
        var byFigure = new Dictionary<string, string[]>
        {
            ["4b"] = new[] { "fig4b-trials.csv", "fig4b-blocks.csv", "fig4b.png" },
            ["4c"] = new[] { "fig4c-energy.csv", "fig4c.png" },
            ["baselines"] = new[] { "baselines.csv" },
            ["4f"] = new[] { "fig4f-accuracy.csv", "fig4f-ours.png", "fig4f-qlearning.png" },
            ["4g"] = new[] { "fig4g-elements.csv", "fig4g.png" },
            ["5d"] = new[] { "fig5d-steps.csv", "fig5d-trials.csv", "fig5d.png" },
            ["5g"] = new[] { "fig5g-transfer.csv", "fig5g.png" },
            ["5b"] = new[] { "fig5b-trajectories.csv", "fig5b.png" },
            ["ablations"] = userMazes ? new[] { "ablations.csv", "ablations-runs.csv", "ablations-built-in.png", "ablations-user-mazes.png" } : new[] { "ablations.csv", "ablations-runs.csv", "ablations-built-in.png" },
            ["table1"] = new[] { "table1-accuracy.csv", "table1-accuracy.png" },
        };
        return figures.Where(byFigure.ContainsKey).SelectMany(f => byFigure[f]).Append("report.md").ToArray();
    }

    // ---------------------------------------------------------------- Fig. 4f: accuracy over trials x steps
    private static void Fig4f(string dir, uint[] seeds, GridMaze a, int startRow, int startCol, AgentParameters p, List<Claim> claims, List<string> written,
        ComparisonTable comparison)
    {
        int[] xs = PaperReference.GridTrials, ys = PaperReference.GridSteps;
        int maxTrials = xs[^1];
        const int window = 10;
        var ours = new double[ys.Length, xs.Length];
        var ql = new double[ys.Length, xs.Length];
        for (int yi = 0; yi < ys.Length; yi++)
        {
            int cap = ys[yi];
            var block = new[] { new ExperimentBlock(a, maxTrials, startRow, startCol) };
            var o = ForSeeds(seeds, seed => RunSingleLayout(a, startRow, startCol, maxTrials, cap, seed, Clone(p)));
            var q = ForSeeds(seeds, seed => BaselineExperiment.Run(new QLearning(a.Rows, a.Cols, (int)seed), block, cap));
            for (int xi = 0; xi < xs.Length; xi++)
            {
                ours[yi, xi] = Accuracy(o, xs[xi], window);
                ql[yi, xi] = Accuracy(q, xs[xi], window);
            }
        }
        string csv = Path.Combine(dir, "fig4f-accuracy.csv");
        var lines = new List<string> { "method,trials,steps,accuracy_pct" };
        for (int yi = 0; yi < ys.Length; yi++)
            for (int xi = 0; xi < xs.Length; xi++)
            {
                lines.Add($"place_cell_ours,{xs[xi]},{ys[yi]},{ours[yi, xi].ToString("0.##", C)}");
                lines.Add($"tabular_q_ours,{xs[xi]},{ys[yi]},{ql[yi, xi].ToString("0.##", C)}");
            }
        File.WriteAllLines(csv, lines);
        string png1 = Path.Combine(dir, "fig4f-ours.png"), png2 = Path.Combine(dir, "fig4f-qlearning.png");
        ReproducePlots.Heatmap(png1, $"Fig. 4f: place-cell network, accuracy % ({a.Name}, {seeds.Length} seeds)", xs, ys, ours);
        ReproducePlots.Heatmap(png2, $"Fig. 4f: tabular Q-learning, accuracy % ({a.Name}, {seeds.Length} seeds)", xs, ys, ql);
        written.AddRange(new[] { csv, png1, png2 });
        double minHigh = double.MaxValue;
        bool atLeastQ = true;
        for (int yi = 0; yi < ys.Length; yi++)
            for (int xi = 0; xi < xs.Length; xi++)
            {
                if (xs[xi] >= 50 && ys[yi] >= 350) minHigh = Math.Min(minHigh, ours[yi, xi]);
                if (ours[yi, xi] < ql[yi, xi]) atLeastQ = false;
            }
        string cellRow = $"accuracy after {xs[^1]} trials, {ys[^1]}-step cap (Fig. 4f corner)";
        comparison.Set(cellRow, ComparisonTable.PaperBio, $"{PaperReference.BioAccuracyAt500Steps[^1]:0.##} %");
        comparison.Set(cellRow, ComparisonTable.PaperDqn, $"{PaperReference.DqnAccuracyAt500Steps[^1]:0.##} %");
        comparison.Set(cellRow, ComparisonTable.Ours, $"{ours[ys.Length - 1, xs.Length - 1]:0.##} %");
        comparison.Set(cellRow, ComparisonTable.TabularQ, $"{ql[ys.Length - 1, xs.Length - 1]:0.##} %");
        double oMin = ours.Cast<double>().Min(), oMax = ours.Cast<double>().Max(), qMin = ql.Cast<double>().Min(), qMax = ql.Cast<double>().Max();
        const string rangeRow = "accuracy range over trials 35-70 x caps 150-500 (Fig. 4f)";
        comparison.Set(rangeRow, ComparisonTable.PaperBio, $"{PaperReference.BioAccuracyMinPct}-{PaperReference.BioAccuracyMaxPct} %");
        comparison.Set(rangeRow, ComparisonTable.PaperDqn, $"{PaperReference.DqnAccuracyMinPct}-{PaperReference.DqnAccuracyMaxPct} %");
        comparison.Set(rangeRow, ComparisonTable.Ours, $"{oMin:0.#}-{oMax:0.#} %");
        comparison.Set(rangeRow, ComparisonTable.TabularQ, $"{qMin:0.#}-{qMax:0.#} %");
        claims.Add(new Claim("4f", "accuracy range over trials 35-70 x steps 150-500 (ours; tabular Q)", "bio 92.2-99.95 %, DQN 92.7-99.1 %", $"{oMin:0.#}-{oMax:0.#} %; Q {qMin:0.#}-{qMax:0.#} %", "-", null));
        claims.Add(new Claim("4f", "lowest accuracy for trials >= 50 and steps >= 350", ">= 98.5 %", $"{minHigh:0.##} %", ">= 99.5 %", minHigh >= 99.5));
        claims.Add(new Claim("4f", "accuracy >= tabular Q-learning in every cell of the grid", "bio > DQN in 61/64 cells", atLeastQ ? "all 64 cells" : "not in every cell", "every cell", atLeastQ));
    }

    /// <summary>Accuracy after x trials: the share of the last `window` trials (x-window+1 .. x), over seeds, that reach the goal within the cap.</summary>
    private static double Accuracy(List<List<TrialRecord>> runs, int x, int window)
    {
        var last = runs.SelectMany(r => r.Where(t => t.Trial > x - window && t.Trial <= x)).ToList();
        return last.Count == 0 ? 0 : 100.0 * last.Count(t => t.ReachedGoal) / last.Count;
    }

    private static List<TrialRecord> RunSingleLayout(GridMaze maze, int startRow, int startCol, int trials, int cap, uint seed, AgentParameters p)
    {
        p.MaxPathLength = Math.Max(p.MaxPathLength, cap + 1);
        var bench = VirtualBench.Create(seed, maze.Rows, maze.Cols);
        var agent = new PlaceCellAgent(bench.Driver, p);
        agent.InitialiseNetwork(seed * 7919u + 17u);
        var sink = new MazeExperiment();
        new ExperimentRunner(bench.Driver, agent, sink) { MaxStepsPerTrial = cap }.Run(new[] { new ExperimentBlock(maze, trials, startRow, startCol) });
        return sink.Records;
    }

    // ---------------------------------------------------------------- ablations: the faithful variant and each improvement
    /// <summary>Runs <see cref="AblationCatalogue"/> on the built-in layouts and, when given, on the user's mazes; prints the table, returns the report section.</summary>
    private static string Ablations(Settings s, uint[] seeds, GridMaze a, GridMaze b, int startRow, int startCol, int trialsPerBlock, int maxSteps,
        List<Claim> claims, List<string> written, TextWriter stdout)
    {
        var builtInA = BuiltInMazes.LayoutA();
        var envs = new List<AblationExperiment.Environment> { new("built-in", builtInA, BuiltInMazes.LayoutB(), builtInA.StartRow, builtInA.StartCol) };
        if (s.MazeA != null || s.MazeB != null) envs.Add(new("user-mazes", a, b, startRow, startCol));
        var outcomes = AblationExperiment.Run(envs, AblationCatalogue.All(), seeds, trialsPerBlock, maxSteps, s.Params, s.OutDir, written);
        string section = AblationExperiment.Markdown(outcomes, trialsPerBlock);
        foreach (var e in envs)
        {
            var faithful = outcomes.First(o => o.Env == e && o.Variant.Id == "faithful").Summary;
            var best = outcomes.Where(o => o.Env == e).OrderBy(o => o.Summary.MeanConvergedAtTrial.Sum()).First();
            claims.Add(new Claim("ablations", $"{e.Id}: median trials to converge A / B / A, faithful variant vs fastest variant ({best.Variant.Id})", "33 / 33 / 13",
                $"{faithful.MedianConvergence(C)} vs {best.Summary.MedianConvergence(C)}", "-", null));
        }
        stdout.WriteLine();
        stdout.Write(section);
        return section;
    }

    // ---------------------------------------------------------------- Fig. 4g: memory elements
    private static void Fig4g(string dir, GridMaze a, List<Claim> claims, List<string> written, ComparisonTable comparison)
    {
        long[] n = PaperReference.ElementPositions;
        long[] ours = n.Select(x => x * PlaceDevices).ToArray();
        long[] dqn = n.Select(DeepQNetwork.ElementsFor).ToArray();
        long[] tab = n.Select(x => x * 8).ToArray();
        string csv = Path.Combine(dir, "fig4g-elements.csv"), png = Path.Combine(dir, "fig4g.png");
        File.WriteAllLines(csv, new[] { "positions,ours_elements,paper_bio_elements,paper_dqn_elements,our_dqn_elements,tabular_q_elements,paper_dqn_over_ours,our_dqn_over_ours" }
            .Concat(n.Select((x, i) => string.Join(",", x.ToString(C), ours[i].ToString(C), PaperReference.BioElements[i].ToString(C), PaperReference.DqnElements[i].ToString(C),
                dqn[i].ToString(C), tab[i].ToString(C), (PaperReference.DqnElements[i] / (double)ours[i]).ToString("0.#", C), (dqn[i] / (double)ours[i]).ToString("0.#", C)))));
        ReproducePlots.Elements(png, n, new List<(string, long[])>
        {
            ("ours: 9 devices per place", ours), ("paper: bio-inspired (16 per position)", PaperReference.BioElements),
            ("paper: deep Q-learning", PaperReference.DqnElements), ($"our DQN (N-{DeepQNetwork.Hidden}-{DeepQNetwork.Hidden}-8, target net, 10k replay)", dqn),
            ("tabular Q (8 per position)", tab),
        });
        written.AddRange(new[] { csv, png });
        double minPaper = n.Select((x, i) => PaperReference.DqnElements[i] / (double)ours[i]).Min(), maxPaper = n.Select((x, i) => PaperReference.DqnElements[i] / (double)ours[i]).Max();
        double minOurs = n.Select((x, i) => dqn[i] / (double)ours[i]).Min(), maxOurs = n.Select((x, i) => dqn[i] / (double)ours[i]).Max();
        int at900 = Array.IndexOf(n, 900L);
        const string elementsRow = "memory elements for 900 positions (30 x 30 maze; Fig. 4g)";
        comparison.Set(elementsRow, ComparisonTable.PaperBio, $"{PaperReference.BioElements[at900]:N0} (18 per position)");
        comparison.Set(elementsRow, ComparisonTable.PaperDqn, $"{PaperReference.DqnElements[at900]:N0}");
        comparison.Set(elementsRow, ComparisonTable.Ours, $"{ours[at900]:N0} ({PlaceDevices} per position)");
        comparison.Set(elementsRow, ComparisonTable.TabularQ, $"{tab[at900]:N0} (8 per position)");
        comparison.Set(elementsRow, ComparisonTable.OurDqn, $"{dqn[at900]:N0}");
        claims.Add(new Claim("4g", "memory elements per position", "16", $"{PlaceDevices} (8 synapses + 1 state device, every place of a {a.Rows}x{a.Cols} array)", "<= 9", PlaceDevices <= 9));
        claims.Add(new Claim("4g", "deep Q elements / ours over 400..4M positions", "12.5-88x", $"paper's DQN counts: {minPaper:0.#}-{maxPaper:0.#}x; our stated DQN: {minOurs:0.#}-{maxOurs:0.#}x", ">= 12.5x", minPaper >= 12.5));
    }

    private const int PlaceDevices = 9;

    private const string ConvergenceRow = "median trials to converge per block A / B / A (Fig. 4b)";

    // ---------------------------------------------------------------- Fig. 5d: Mars rover
    private static TerrainMission LoadMission(Settings s)
    {
        ElevationMap map;
        if (s.Map == null) map = SyntheticTerrain.Default();
        else
        {
            if (Directory.Exists(s.Map)) throw new CliUsageException($"--map: {s.Map} is a directory, expected an elevation grid text file (docs/formats.md)");
            if (!File.Exists(s.Map)) throw new CliUsageException($"--map: {s.Map}: file not found (expected an elevation grid: 'width height' + rows, MOLA text or ESRI .asc, docs/formats.md)");
            map = ElevationMapParser.Parse(OptionValues.ReadTextFile(s.Map, "--map", "an elevation grid: 'width height' + rows, MOLA text or ESRI .asc, docs/formats.md"), s.Map);
        }
        var model = TerrainCostModel.PaperDefaults();
        model.Mode = s.Cost.ToLowerInvariant() switch
        {
            "auto" => TerrainCostMode.Auto,
            "band" => TerrainCostMode.Band,
            "slope" => TerrainCostMode.Slope,
            _ => throw new CliUsageException($"--cost: '{s.Cost}' is not a cost model; expected auto, band or slope"),
        };
        if (model.ModeFor(map) == TerrainCostMode.Slope && !map.InMetres)
            throw new CliUsageException($"--cost: slope needs a map in metres (ESRI .asc or 'width height cell_size_m' header); {map.Name} is in unitless levels, use --cost band");
        var (sr, sc) = s.MapStart != null ? OptionValues.ParseCell(s.MapStart, "--map-start") : (SyntheticTerrain.StartRowFor(map.Rows), SyntheticTerrain.StartColFor(map.Cols));
        var (gr, gc) = s.MapGoal != null ? OptionValues.ParseCell(s.MapGoal, "--map-goal") : (SyntheticTerrain.GoalRowFor(map.Rows), SyntheticTerrain.GoalColFor(map.Cols));
        try { return new TerrainMission(map, model, sr, sc, gr, gc); }
        catch (ElevationFormatException e) { throw new CliUsageException($"--map-start/--map-goal: {e.Message}"); }
    }

    private static void Fig5d(string dir, uint[] seeds, TerrainMission mission, List<List<TrialRecord>> runs,
        List<Claim> claims, List<string> written, ComparisonTable comparison)
    {
        int n = runs[0].Count;
        var mean = new double[n];
        var std = new double[n];
        for (int t = 0; t < n; t++)
        {
            var v = runs.Select(r => (double)r[t].Steps).ToArray();
            mean[t] = v.Average();
            std[t] = Math.Sqrt(v.Select(x => (x - mean[t]) * (x - mean[t])).Average());
        }
        string csv = Path.Combine(dir, "fig5d-steps.csv"), trialsCsv = Path.Combine(dir, "fig5d-trials.csv"), png = Path.Combine(dir, "fig5d.png");
        File.WriteAllLines(csv, new[] { "trial,steps_mean,steps_std,reached_goal_pct" }.Concat(Enumerable.Range(0, n).Select(t => string.Join(",",
            (t + 1).ToString(C), mean[t].ToString("0.#", C), std[t].ToString("0.#", C), (100.0 * runs.Count(r => r[t].ReachedGoal) / runs.Count).ToString("0.#", C)))));
        File.WriteAllLines(trialsCsv, new[] { TrialCsv.Header }.Concat(seeds.Zip(runs).SelectMany(p => p.Second.Select(r => TrialCsv.Row(r, p.First)))));
        ReproducePlots.Rover(png, $"Fig. 5d: rover on {mission.Map.Name} ({mission.Map.Rows}x{mission.Map.Cols}), ({mission.StartRow},{mission.StartCol}) -> ({mission.GoalRow},{mission.GoalCol}), {seeds.Length} seeds",
            Enumerable.Range(1, n).Select(x => (double)x).ToArray(), mean, std, mission.ShortestMoves);
        written.AddRange(new[] { csv, trialsCsv, png });

        int early = Math.Min(5, n) - 1, last = n - 1;
        claims.Add(new Claim("5d", $"rover steps at trial {early + 1} (mean +- std)", "498 +- 70 (trial 5)", $"{mean[early]:0} +- {std[early]:0}", "-", null));
        claims.Add(new Claim("5d", $"rover steps at trial {last + 1} (mean +- std); shortest {mission.ShortestMoves}", "170 +- 4 (trial 95)", $"{mean[last]:0} +- {std[last]:0}", "<= 170", mean[last] <= 170));
        comparison.Set($"rover steps, trial {last + 1} (mean +- std; shortest {mission.ShortestMoves} on {mission.Map.Name})", ComparisonTable.PaperBio, "170 +- 4 (trial 95, authors' map)");
        comparison.Set($"rover steps, trial {last + 1} (mean +- std; shortest {mission.ShortestMoves} on {mission.Map.Name})", ComparisonTable.Ours, $"{mean[last]:0} +- {std[last]:0}");
        int below = Array.FindIndex(mean, m => m < 130);
        claims.Add(new Claim("5d", "first trial whose mean steps < 130", "never (170 at 95)", below < 0 ? "never" : (below + 1).ToString(C), "<= 50", below >= 0 && below < 50));
    }

    // ---------------------------------------------------------------- Fig. 5g: transfer, Fig. 5b: trajectories
    private static void Fig5g(string dir, uint[] seeds, TerrainMission mission, List<List<TrialRecord>> scratch, List<List<TrialRecord>> transfer,
        List<Claim> claims, List<string> written)
    {
        var (sMean, sStd) = MeanStd(scratch);
        var (tMean, tStd) = MeanStd(transfer);
        int n = sMean.Length;
        string csv = Path.Combine(dir, "fig5g-transfer.csv"), png = Path.Combine(dir, "fig5g.png");
        File.WriteAllLines(csv, new[] { "trial,scratch_steps_mean,scratch_steps_std,transfer_steps_mean,transfer_steps_std" }.Concat(Enumerable.Range(0, n).Select(t => string.Join(",",
            (t + 1).ToString(C), sMean[t].ToString("0.#", C), sStd[t].ToString("0.#", C), tMean[t].ToString("0.#", C), tStd[t].ToString("0.#", C)))));
        ReproducePlots.Transfer(png, $"Fig. 5g: rover from scratch vs on the learned array, {mission.Map.Name}, {seeds.Length} seeds",
            Enumerable.Range(1, n).Select(x => (double)x).ToArray(), sMean, sStd, tMean, tStd, mission.ShortestMoves,
            PaperReference.TransferTrials, PaperReference.TransferBeforeMean, PaperReference.TransferAfterMean);
        written.AddRange(new[] { csv, png });
        foreach (int t in new[] { 40, 75 }.Where(t => t <= n))
        {
            int pi = Array.IndexOf(PaperReference.TransferTrials, t);
            claims.Add(new Claim("5g", $"rover steps at trial {t}, from scratch vs on the learned array (mean)", $"{PaperReference.TransferBeforeMean[pi]:0} vs {PaperReference.TransferAfterMean[pi]:0}",
                $"{sMean[t - 1]:0} vs {tMean[t - 1]:0}", "-", null));
        }
        double sAll = sMean.Average(), tAll = tMean.Average();
        claims.Add(new Claim("5g", $"mean steps over trials 1-{n}: on the learned array / from scratch", $"{PaperReference.TransferAfterMean.Average() / PaperReference.TransferBeforeMean.Average():0.00} (trials 5-75)",
            (tAll / sAll).ToString("0.00", C), "< 1", tAll < sAll));
    }

    private static void Fig5b(string dir, uint seed, TerrainMission mission, int trials, int maxSteps, bool bearing, string[] overrides,
        List<Claim> claims, List<string> written)
    {
        var settings = RoverSettings.Default with { Trials = trials, MaxSteps = maxSteps, GoalBearing = bearing };
        int[] draw = RoverTrajectories.TrialsToDraw(trials);
        var paths = RoverTrajectories.Run(mission, settings, seed, AgentParameterOverrides.Apply(MarsExperiment.RoverParameters(maxSteps), overrides), draw);
        var map = mission.Map;
        var elevation = new double[map.Rows, map.Cols];
        for (int r = 0; r < map.Rows; r++) for (int c = 0; c < map.Cols; c++) elevation[r, c] = map.ElevationCentiAt(r, c) / 100.0;
        string csv = Path.Combine(dir, "fig5b-trajectories.csv"), png = Path.Combine(dir, "fig5b.png");
        File.WriteAllLines(csv, new[] { "seed,trial,step,row0,col0" }.Concat(paths.OrderBy(p => p.Key).SelectMany(p => p.Value.Select((cell, i) =>
            string.Join(",", seed.ToString(C), p.Key.ToString(C), i.ToString(C), cell.Row.ToString(C), cell.Col.ToString(C))))));
        ReproducePlots.Trajectories(png, $"Fig. 5b: rover paths on {map.Name} (seed {seed})", elevation, (mission.StartRow, mission.StartCol), (mission.GoalRow, mission.GoalCol),
            paths.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)).ToList());
        written.AddRange(new[] { csv, png });
        claims.Add(new Claim("5b", $"path length (moves) in trials {string.Join(", ", paths.Keys.OrderBy(k => k))} (seed {seed})", "344 (trial 30) .. 193 (trial 85)",
            string.Join(", ", paths.OrderBy(p => p.Key).Select(p => (p.Value.Length - 1).ToString(C))), "-", null));
    }

    private static (double[] Mean, double[] Std) MeanStd(List<List<TrialRecord>> runs) => MeanStd(runs, r => r.Steps);

    /// <summary>Mean and population σ over runs of one quantity, trial by trial.</summary>
    private static (double[] Mean, double[] Std) MeanStd(List<List<TrialRecord>> runs, Func<TrialRecord, double> value)
    {
        int n = runs[0].Count;
        var mean = new double[n];
        var std = new double[n];
        for (int t = 0; t < n; t++)
        {
            var v = runs.Select(r => value(r[t])).ToArray();
            mean[t] = v.Average();
            std[t] = Math.Sqrt(v.Select(x => (x - mean[t]) * (x - mean[t])).Average());
        }
        return (mean, std);
    }

    // ---------------------------------------------------------------- helpers
    private static List<List<TrialRecord>> ForSeeds(uint[] seeds, Func<uint, List<TrialRecord>> run)
    {
        return ParallelRuns.Map(seeds.Length, i => run(seeds[i])).ToList();
    }

    private static AgentParameters Clone(AgentParameters p)
    {
        var copy = new AgentParameters();
        foreach (var f in typeof(AgentParameters).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)) f.SetValue(copy, f.GetValue(p));
        return copy;
    }

    private static List<string> ParseFigures(string text)
    {
        var result = new List<string>();
        foreach (var raw in text.Split(','))
        {
            string f = raw.Trim().ToLowerInvariant();
            if (f == "all") { result.AddRange(Figures); continue; }
            if (!Figures.Contains(f)) throw new CliUsageException($"--figure: '{raw.Trim()}' is not a figure; expected one of {string.Join(", ", Figures)} or all");
            result.Add(f);
        }
        return result.Distinct().ToList();
    }

    private static string FormatSeeds(uint[] seeds) =>
        seeds.Length > 2 && seeds.Zip(seeds.Skip(1)).All(p => p.Second == p.First + 1) ? $"{seeds[0]}-{seeds[^1]}" : string.Join(",", seeds);

    private static string ClaimTable(List<Claim> claims)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| fig | claim | paper | ours | target | result |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var c in claims)
            sb.AppendLine($"| {c.Figure} | {c.What} | {c.Paper} | {c.Ours} | {c.Target} | {(c.Pass == null ? "-" : c.Pass.Value ? "PASS" : "MISS")} |");
        return sb.ToString();
    }

    private static string Report(Settings s, uint[] seeds, GridMaze a, GridMaze b, int startRow, int startCol, TerrainMission? mission, string table,
        List<string> sections, List<string> written)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# ReRamNav reproduction of Bianchi et al., Nat. Commun. 14:1565 (2023)");
        sb.AppendLine();
        sb.AppendLine($"Command: `reramnav reproduce --figure {s.Figure} --seeds {s.Seeds}` (seeds {FormatSeeds(seeds)}), virtual SiOx 1T1R board, driver and SPI protocol in the loop.");
        sb.AppendLine($"Mazes: A = {a.Name}, B = {b.Name}, start ({startRow},{startCol}), {s.TrialsPerBlock} trials per block, cap {s.MaxSteps} steps.");
        if (mission != null)
            sb.AppendLine($"Rover: {mission.Map.Name} ({mission.Map.Rows}x{mission.Map.Cols}, {(mission.Map.InMetres ? "metres" : "levels")}), start ({mission.StartRow},{mission.StartCol}), goal ({mission.GoalRow},{mission.GoalCol}), shortest {mission.ShortestMoves} moves over passable cells, {mission.ImpassableCount} impassable cells; {s.RoverTrials} trials, cap {s.RoverMaxSteps}, goal bearing {(s.GoalBearing ? "on" : "off")}.");
        if (s.Params.Length > 0) sb.AppendLine($"Agent overrides: {string.Join(" ", s.Params)}.");
        sb.AppendLine();
        sb.AppendLine("Paper values are the authors' Source Data (cited, docs/reproduce.md). PASS/MISS is against the target column (issue 5); '-' rows are context.");
        sb.AppendLine();
        sb.Append(table);
        sb.AppendLine();
        foreach (var section in sections)
        {
            sb.Append(section);
            sb.AppendLine();
        }
        sb.AppendLine("## Files");
        sb.AppendLine();
        foreach (var f in written) sb.AppendLine($"- `{Path.GetFileName(f)}`" + (f.EndsWith(".png") ? $"\n\n  ![{Path.GetFileName(f)}]({Path.GetFileName(f)})\n" : ""));
        return sb.ToString();
    }
}
