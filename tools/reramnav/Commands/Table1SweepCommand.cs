using System.CommandLine;
using System.Globalization;
using ReRamNav.Cli.Sweep;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav sweep table1` (registered in SweepCommand): the paper's Table 1 on the virtual board, accuracy of the default A -> B -> A
/// experiment over seeds at every (I_C, V_STOP) of the synapses' binary programming; prints our grid beside
/// the paper's, writes table1-accuracy.csv and table1-accuracy.png (docs/device-model.md §7).
/// </summary>
public static class Table1SweepCommand
{
    public static Command Create(TextWriter stdout)
    {
        var seeds = new Option<string>("--seeds") { Description = "N (seeds 1..N), a range 1-10 or a list 1,4,9", DefaultValueFactory = _ => "10", HelpName = "SEEDS" };
        var outDir = new Option<string?>("--out") { Description = "Directory for table1-accuracy.csv and table1-accuracy.png (created if missing)", HelpName = "DIR" };
        var trials = new Option<int>("--trials-per-block") { Description = "Trials in each of the three blocks A, B, A", DefaultValueFactory = _ => 60 };
        var maxSteps = new Option<int>("--max-steps") { Description = "Step cap per trial (the paper's code: 600)", DefaultValueFactory = _ => 600 };
        var device = DeviceOption.Create();
        var param = new Option<string[]>("--param") { Description = "Override an agent parameter, NAME=VALUE (repeatable; the swept ones are set per grid point)", HelpName = "NAME=VALUE" };

        var table1 = new Command("table1", "Accuracy over I_C in {50,70,100,130,160} uA x V_STOP in {-1.0,-1.2,-1.4,-1.6} V (the paper's Table 1)");
        foreach (var o in new Option[] { seeds, outDir, trials, maxSteps, device, param }) table1.Options.Add(o);
        table1.SetAction(parse => ExecuteTable1(parse.GetValue(seeds)!, parse.GetValue(outDir), parse.GetValue(trials), parse.GetValue(maxSteps),
            parse.GetValue(device)!, parse.GetValue(param) ?? Array.Empty<string>(), stdout));

        return table1;
    }

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int ExecuteTable1(string seedText, string? outDir, int trialsPerBlock, int maxSteps, string deviceName, string[] overrides, TextWriter stdout)
    {
        uint[] seeds = ParseSeedCount(seedText);
        trialsPerBlock = OptionValues.CheckRange(trialsPerBlock, 2, 10000, "--trials-per-block");
        maxSteps = OptionValues.CheckRange(maxSteps, 1, 100000, "--max-steps");
        var preset = DeviceOption.Parse(deviceName);
        var parameters = AgentParameterOverrides.Apply(AgentParameters.PaperDefaults(), overrides);
        GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
        if (outDir != null) OptionValues.CreateOutputDirectory(outDir, "--out", "table1-accuracy.csv", "table1-accuracy.png");

        stdout.WriteLine($"ReRamNav sweep table1: {a.Name} -> {b.Name} -> {a.Name}, {trialsPerBlock} trials per block, cap {maxSteps}, seeds {string.Join(",", seeds)}, device {preset.Name}");
        stdout.WriteLine("binary programming: every synapse SET (Hebbian, reward trail) at I_C, every synapse RESET at V_STOP; thresholds keep their levels");
        foreach (string swept in new[] { nameof(AgentParameters.SynapseComplianceUa), nameof(AgentParameters.TrailComplianceUa), nameof(AgentParameters.SynapseStopMv) })
            if (overrides.Any(o => o.Split('=')[0].Trim().Equals(swept, StringComparison.OrdinalIgnoreCase)))
                stdout.WriteLine($"note: --param {swept} is set by every grid point, so the value given is not used");
        stdout.WriteLine($"accuracy = trials reaching the goal within {maxSteps} steps / trials, over the second half of every block and all seeds (docs/algorithm.md §5)");
        stdout.WriteLine();
        var cells = Table1Sweep.Run(a, b, a.StartRow, a.StartCol, trialsPerBlock, maxSteps, seeds, parameters, preset.Name);
        WriteGrid(cells, stdout);
        stdout.WriteLine();
        foreach (string line in Table1Trend.Describe(cells)) stdout.WriteLine(line);
        stdout.WriteLine();
        var windows = cells.Select(c => Table1Window.Of(preset.Device, c.ComplianceUa, c.StopMv, parameters.SynapseLrsMinNs, WindowDraws, WindowSeed)).ToList();
        WriteWindows(cells, windows, parameters.SynapseLrsMinNs, stdout);

        if (outDir != null)
        {
            string csv = Path.Combine(outDir, "table1-accuracy.csv"), png = Path.Combine(outDir, "table1-accuracy.png");
            File.WriteAllLines(csv, new[] { "compliance_ua,stop_mv,device,seeds,trials_scored,trials_reached,accuracy_pct,median_steps_scored,paper_accuracy_pct,window_median_ratio,p_hrs_reads_as_lrs,p_hrs_above_lrs" }
                .Concat(cells.Zip(windows).Select(x => string.Join(",", x.First.ComplianceUa.ToString(C), x.First.StopMv.ToString(C), preset.Name, x.First.Seeds.ToString(C), x.First.TrialsScored.ToString(C),
                    x.First.TrialsReached.ToString(C), x.First.AccuracyPct.ToString("0.##", C), x.First.MedianStepsScored.ToString("0.#", C), x.First.PaperAccuracyPct.ToString("0.0", C),
                    x.Second.MedianRatio.ToString("0.0", C), x.Second.HrsAboveThresholdFraction.ToString("0.#####", C), x.Second.HrsAboveLrsFraction.ToString("0.#####", C)))));
            Table1Plot.Save(png, $"Table 1 on the virtual board ({preset.Name} preset, {seeds.Length} seeds, {trialsPerBlock}/block, cap {maxSteps})", cells);
            stdout.WriteLine();
            stdout.WriteLine($"wrote {csv}, {png}");
        }
        return 0;
    }

    private static void WriteGrid(IReadOnlyList<Table1Sweep.Cell> cells, TextWriter stdout)
    {
        int[] vs = Table1Reference.StopMv;
        stdout.WriteLine("accuracy %, ours (paper Table 1)");
        stdout.WriteLine("I_C \\ V_STOP " + string.Concat(vs.Select(v => $"{(v / 1000.0).ToString("0.0", C) + " V",18}")));
        foreach (int ic in Table1Reference.ComplianceUa)
        {
            var row = vs.Select(v => cells.Single(c => c.ComplianceUa == ic && c.StopMv == v));
            stdout.WriteLine($"{ic + " uA",12} " + string.Concat(row.Select(c => $"{(c.AccuracyPct.ToString("0.0", C) + " (" + c.PaperAccuracyPct.ToString("0.0", C) + ")"),18}")));
        }
    }

    /// <summary>Draws per grid point for the device-window table (fixed seed: the table is the same on every run).</summary>
    private const int WindowDraws = 20000;
    private const ulong WindowSeed = 2023;

    private static void WriteWindows(IReadOnlyList<Table1Sweep.Cell> cells, IReadOnlyList<Table1Window.Window> windows, int synapseLrsMinNs, TextWriter stdout)
    {
        int[] vs = Table1Reference.StopMv;
        stdout.WriteLine($"device window at each point ({WindowDraws} SET and RESET draws, one read each): median G_LRS / G_HRS; % of HRS synapses that read >= SynapseLrsMinNs ({synapseLrsMinNs} nS); % of (HRS, LRS) pairs with G_HRS >= G_LRS");
        stdout.WriteLine("I_C \\ V_STOP " + string.Concat(vs.Select(v => $"{(v / 1000.0).ToString("0.0", C) + " V",26}")));
        foreach (int ic in Table1Reference.ComplianceUa)
        {
            var row = vs.Select(v => windows[cells.ToList().FindIndex(c => c.ComplianceUa == ic && c.StopMv == v)]);
            stdout.WriteLine($"{ic + " uA",12} " + string.Concat(row.Select(w => $"{(w.MedianRatio.ToString("0", C) + "x " + (100 * w.HrsAboveThresholdFraction).ToString("0.00", C) + "% " + (100 * w.HrsAboveLrsFraction).ToString("0.000", C) + "%"),26}")));
        }
    }

    /// <summary>A bare number N means seeds 1..N; ranges and lists as in `demo`.</summary>
    private static uint[] ParseSeedCount(string text)
    {
        string t = text.Trim();
        if (t.Length > 0 && t.All(char.IsAsciiDigit))
        {
            if (!uint.TryParse(t, NumberStyles.None, C, out uint count) || count < 1 || count > 1000)
                throw new CliUsageException($"--seeds: {t} is out of range; expected a count 1..1000, a range like 1-10 or a list like 1,4,9");
            return Enumerable.Range(1, (int)count).Select(x => (uint)x).ToArray();
        }
        return OptionValues.ParseSeeds(t, "--seeds");
    }
}
