using System.Globalization;
using System.Text;
using ReRamNav.Cli.Analysis;
using ReRamNav.Cli.Output;
using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// Issue 5 item 4: every variant of <see cref="AblationCatalogue"/> on the A -> B -> A experiment over
/// seeds, on each maze pair given (the built-in layouts, and the user's files when given). Writes
/// ablations.csv (one row per maze pair and variant), ablations-runs.csv (every trial), one PNG per
/// maze pair, and returns the markdown table for report.md with each variant's effect against the
/// faithful variant.
/// </summary>
public static class AblationExperiment
{
    /// <summary>A maze pair and its start.</summary>
    public sealed record Environment(string Id, GridMaze A, GridMaze B, int StartRow, int StartCol);

    /// <summary>One variant's outcome on one maze pair.</summary>
    public sealed record Outcome(Environment Env, AblationVariant Variant, AbaRunSummary Summary);

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>The agent parameters of a variant: its base, its switches, then the user's --param (fixed across the table), cap-sized path memory.</summary>
    public static AgentParameters ParametersFor(AblationVariant variant, string[] userOverrides, int maxSteps)
    {
        var p = AgentParameters.PaperDefaults();
        if (variant.Base == AblationBase.Faithful) AgentParameterOverrides.Apply(p, AblationCatalogue.Faithful, $"ablation variant '{variant.Id}' (faithful base)");
        AgentParameterOverrides.Apply(p, variant.Params, $"ablation variant '{variant.Id}'", allowRepeats: true);
        AgentParameterOverrides.Apply(p, userOverrides);
        p.MaxPathLength = Math.Max(p.MaxPathLength, maxSteps + 1);
        return p;
    }

    public static List<Outcome> Run(IReadOnlyList<Environment> envs, IReadOnlyList<AblationVariant> variants, uint[] seeds,
        int trialsPerBlock, int maxSteps, string[] userOverrides, string dir, List<string> written)
    {
        // Validate every variant's parameters before the first trial runs.
        foreach (var v in variants) AgentPulseLimits.Check(ParametersFor(v, userOverrides, maxSteps), ReRamNav.Drivers.Board.SafetyLimits.SiOxDefaults());
        var jobs = (from e in envs from v in variants from s in seeds select (Env: e, Variant: v, Seed: s)).ToArray();
        var results = ParallelRuns.Map(jobs.Length, i =>
        {
            var (e, v, seed) = jobs[i];
            return MazeExperiment.Run(e.A, e.B, e.StartRow, e.StartCol, trialsPerBlock, maxSteps, seed + v.SeedOffset,
                ParametersFor(v, userOverrides, maxSteps), benchSettings: v.Bench);
        });

        var outcomes = new List<Outcome>();
        var runsCsv = new List<string> { "maze,variant," + TrialCsv.Header };
        foreach (var e in envs)
            foreach (var v in variants)
            {
                var runs = new List<IReadOnlyList<TrialRecord>>();
                for (int i = 0; i < jobs.Length; i++)
                {
                    if (jobs[i].Env != e || jobs[i].Variant != v) continue;
                    runs.Add(results[i]);
                    runsCsv.AddRange(results[i].Select(r => $"{TrialCsv.Quote(e.Id)},{v.Id},{TrialCsv.Row(r, jobs[i].Seed + v.SeedOffset)}"));
                }
                outcomes.Add(new Outcome(e, v, AbaRunSummary.Of(runs)));
            }

        string csv = Path.Combine(dir, "ablations.csv"), runsPath = Path.Combine(dir, "ablations-runs.csv");
        File.WriteAllLines(csv, new[] { "maze,variant,seeds,median_converged_b1,median_converged_b2,median_converged_b3,seeds_converged_b1,seeds_converged_b2,seeds_converged_b3,mean_converged_b1,mean_converged_b2,mean_converged_b3,recall_ratio,path_ratio,success_pct,success_last20_pct,params,relaxation_scale,rest_ms" }
            .Concat(outcomes.Select(o => string.Join(",", TrialCsv.Quote(o.Env.Id), o.Variant.Id, seeds.Length.ToString(C),
                string.Join(",", Pad(o.Summary.Blocks.Select(b => b.MedianConvergedAtTrial.ToString("0.#", C)))),
                string.Join(",", Pad(o.Summary.Blocks.Select(b => b.SeedsConverged.ToString(C)))),
                string.Join(",", Pad(o.Summary.MeanConvergedAtTrial.Select(m => m.ToString("0.##", C)))),
                F(o.Summary.RecallRatio), F(o.Summary.PathRatio), o.Summary.SuccessPct.ToString("0.##", C), o.Summary.SuccessLast20Pct.ToString("0.##", C),
                TrialCsv.Quote(string.Join(" ", ParamsText(o.Variant))), (o.Variant.Bench.Relaxation ? o.Variant.Bench.RelaxationScale : 0).ToString(C),
                o.Variant.Bench.RestBetweenTrialsMs.ToString(C)))));
        File.WriteAllLines(runsPath, runsCsv);
        written.Add(csv);
        written.Add(runsPath);
        foreach (var e in envs)
        {
            string png = Path.Combine(dir, $"ablations-{e.Id}.png");
            var mine = outcomes.Where(o => o.Env == e).ToList();
            ReproducePlots.Ablations(png, $"Ablations: trials to converge per block, {e.A.Name} / {e.B.Name} / {e.A.Name}, {seeds.Length} seeds",
                mine.Select(o => o.Variant.Id).ToArray(), mine.Select(o => o.Summary.Blocks.Select(b => b.MedianConvergedAtTrial).ToArray()).ToArray(), trialsPerBlock + 1);
            written.Add(png);
        }
        return outcomes;
    }

    /// <summary>The report.md section: one table per maze pair; effect = change against the variant's base
    /// (the faithful variant for improvements alone, our defaults for the leave-one-out rows).</summary>
    public static string Markdown(IReadOnlyList<Outcome> outcomes, int trialsPerBlock)
    {
        var sb = new StringBuilder();
        sb.AppendLine("## Ablations (issue 5 item 4)");
        sb.AppendLine();
        sb.AppendLine($"Each improvement alone on top of the faithful variant, our defaults, and all together. Convergence: median trial per block A / B / A over seeds (a block that never converges counts as {trialsPerBlock + 1}), seeds converged in brackets; recall = block 3 / block 1; path = median steps of the last 20 trials / shortest, worst block; success = goal reached, all trials. Effect = change of the median convergence per block against the variant's base: `faithful` for an improvement alone, `ours-defaults` for an `ours-no-...` row (negative = faster, positive = that addition was worth so many trials).");
        foreach (var group in outcomes.GroupBy(o => o.Env))
        {
            var faithful = group.FirstOrDefault(o => o.Variant.Id == "faithful")?.Summary;
            var defaults = group.FirstOrDefault(o => o.Variant.Id == "ours-defaults")?.Summary;
            sb.AppendLine();
            sb.AppendLine($"### {group.Key.Id}: {group.Key.A.Name} -> {group.Key.B.Name} -> {group.Key.A.Name}, start ({group.Key.StartRow},{group.Key.StartCol})");
            sb.AppendLine();
            sb.AppendLine("| variant | converge A / B / A (seeds) | recall | path | success | effect vs base | what |");
            sb.AppendLine("|---|---|---|---|---|---|---|");
            foreach (var o in group)
            {
                var s = o.Summary;
                var baseline = o.Variant.Base == AblationBase.Defaults && o.Variant.Id != "ours-defaults" ? defaults : faithful;
                string effect = baseline == null || o.Variant.Id == "faithful" ? "-" : string.Join(" / ", s.Blocks.Zip(baseline.Blocks)
                    .Select(p => (p.First.MedianConvergedAtTrial - p.Second.MedianConvergedAtTrial).ToString("+0.#;-0.#;0", C)));
                sb.AppendLine($"| {o.Variant.Id} | {s.MedianConvergence(C)} ({s.SeedsConverged}) | {F(s.RecallRatio)} | {F(s.PathRatio)} | {s.SuccessPct:0.#} % | {effect} | {o.Variant.Description} |");
            }
        }
        return sb.ToString();
    }

    private static IEnumerable<string> ParamsText(AblationVariant v) =>
        (v.Base == AblationBase.Faithful ? AblationCatalogue.Faithful : Array.Empty<string>()).Concat(v.Params);

    /// <summary>Exactly three block columns, empty when the schedule had fewer blocks.</summary>
    private static IEnumerable<string> Pad(IEnumerable<string> values) => values.Concat(Enumerable.Repeat("", 3)).Take(3);

    private static string F(double v) => double.IsNaN(v) ? "" : v.ToString("0.00", C);
}
