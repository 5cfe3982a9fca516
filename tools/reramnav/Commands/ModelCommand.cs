using System.CommandLine;
using System.Globalization;
using ReRamNav.Cli.DeviceModel;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Cli.Commands;

/// <summary>
/// `reramnav model lrs|hrs|c2c|iv|relaxation|all`: the virtual board's SiOx device model against the paper's
/// Fig. 1 data. Each prints a table (model beside paper) and, with --out, writes model-&lt;name&gt;.csv and
/// model-&lt;name&gt;.png (docs/device-model.md §6).
/// </summary>
public static class ModelCommand
{
    public static readonly string[] Views = { "lrs", "hrs", "c2c", "iv", "relaxation" };

    public static Command Create(TextWriter stdout)
    {
        var command = new Command("model", "The device model against the paper's measurements (Bianchi 2023 Fig. 1): tables, CSV and PNG");
        foreach (string view in Views.Append("all"))
        {
            var cycles = new Option<int>("--cycles") { Description = "Simulated cycles per point (c2c: in total; relaxation: devices)", DefaultValueFactory = _ => 1000 };
            var outDir = new Option<string?>("--out") { Description = "Directory for model-<view>.csv and model-<view>.png (created if missing)", HelpName = "DIR" };
            var device = DeviceOption.Create();
            var seed = new Option<int>("--seed") { Description = "Seed of the model's random generator", DefaultValueFactory = _ => 1 };
            var sub = new Command(view, Describe(view));
            foreach (var o in new Option[] { cycles, outDir, device, seed }) sub.Options.Add(o);
            string name = view;
            sub.SetAction(parse => Execute(name, parse.GetValue(cycles), parse.GetValue(outDir), parse.GetValue(device)!, parse.GetValue(seed), stdout));
            command.Subcommands.Add(sub);
        }
        return command;
    }

    private static string Describe(string view) => view switch
    {
        "lrs" => "LRS vs SET compliance current: mean and sigma over --cycles SETs per point vs Fig. 1e/1f",
        "hrs" => "HRS vs RESET stop voltage: mean and sigma over --cycles RESETs per point vs Fig. 1g",
        "c2c" => "Cycle-to-cycle distribution of one device (SET over the 11 compliances, RESET at -1.6 V) vs Fig. 1c",
        "iv" => "Quasi-static I-V sweep (SET at 170 uA compliance, RESET to -1.6 V) vs Fig. 1b curve 1",
        "relaxation" => "Conductance relaxation after programming (LRS at 50 uA), mean and sigma over --cycles devices",
        _ => "All of the above",
    };

    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Execute(string view, int cycles, string? outDir, string deviceName, int seed, TextWriter stdout)
    {
        cycles = OptionValues.CheckRange(cycles, 2, 1000000, "--cycles");
        seed = OptionValues.CheckRange(seed, 0, int.MaxValue, "--seed");
        var preset = DeviceOption.Parse(deviceName);
        var views = view == "all" ? Views : new[] { view };
        if (outDir != null) OptionValues.CreateOutputDirectory(outDir, "--out", views.SelectMany(v => new[] { $"model-{v}.csv", $"model-{v}.png" }).ToArray());
        stdout.WriteLine($"ReRamNav model: {preset.Name} preset, seed {seed}; paper = Bianchi et al., Nat. Commun. 14:1565 (2023), Fig. 1 source data");
        var written = new List<string>();
        foreach (string v in views)
        {
            stdout.WriteLine();
            var output = v switch
            {
                "lrs" => Lrs(preset, cycles, seed, stdout),
                "hrs" => Hrs(preset, cycles, seed, stdout),
                "c2c" => CycleToCycle(preset, cycles, seed, stdout),
                "iv" => Iv(preset, stdout),
                _ => Relaxation(preset, cycles, stdout),
            };
            if (outDir != null)
            {
                string csv = Path.Combine(outDir, $"model-{v}.csv"), png = Path.Combine(outDir, $"model-{v}.png");
                File.WriteAllLines(csv, output.CsvLines);
                output.Plot(png);
                written.Add(csv);
                written.Add(png);
            }
        }
        if (written.Count > 0)
        {
            stdout.WriteLine();
            stdout.WriteLine("wrote " + string.Join(", ", written));
        }
        return 0;
    }

    private sealed record ViewOutput(List<string> CsvLines, Action<string> Plot);

    private static readonly DeviceModelParameters Paper = DeviceModelParameters.PaperSiOx1T1R();

    private static string Pct(double model, double paper) => Math.Round(100 * (model - paper) / paper, 1).ToString("+0.0;-0.0;0.0", C);

    private static ViewOutput Lrs(DevicePreset preset, int cycles, int seed, TextWriter stdout)
    {
        var report = new DeviceCalibrationReport();
        report.Run(preset.Device, (ulong)seed, cycles);
        int[] ic = Paper.LrsComplianceUa;
        stdout.WriteLine($"LRS vs compliance current ({cycles} SETs per point; paper: 25 cycles, Fig. 1e/1f)");
        stdout.WriteLine("  I_C uA   paper mean kOhm   model mean   dev %   paper sigma kOhm   model sigma   dev %");
        var csv = new List<string> { "compliance_ua,model_mean_ohm,model_sigma_ohm,model_median_ohm,paper_mean_ohm,paper_sigma_ohm,paper_median_ohm" };
        for (int i = 0; i < ic.Length; i++)
        {
            var s = report.Lrs[i];
            stdout.WriteLine($"  {ic[i],6}   {Paper.LrsMeanOhm[i] / 1000.0,15:0.000}   {s.Mean / 1000.0,10:0.000}   {Pct(s.Mean, Paper.LrsMeanOhm[i]),5}   {Paper.LrsSigmaOhm[i] / 1000.0,16:0.000}   {s.Sigma / 1000.0,11:0.000}   {Pct(s.Sigma, Paper.LrsSigmaOhm[i]),5}");
            csv.Add(string.Join(",", ic[i].ToString(C), s.Mean.ToString("0", C), s.Sigma.ToString("0", C), s.Median.ToString("0", C),
                Paper.LrsMeanOhm[i].ToString(C), Paper.LrsSigmaOhm[i].ToString(C), DeviceCalibrationReport.PaperLrsMedianOhm[i].ToString(C)));
        }
        double[] x = ic.Select(v => (double)v).ToArray();
        return new ViewOutput(csv, png => ModelPlots.MeanSigma(png, $"LRS vs SET compliance current ({preset.Name} preset, {cycles} cycles per point)",
            "compliance current I_C (uA)", "LRS resistance (kOhm), mean +- sigma", x,
            report.Lrs.Select(s => s.Mean / 1000.0).ToArray(), report.Lrs.Select(s => s.Sigma / 1000.0).ToArray(),
            Paper.LrsMeanOhm.Select(v => v / 1000.0).ToArray(), Paper.LrsSigmaOhm.Select(v => v / 1000.0).ToArray(),
            "model", "paper Fig. 1e/1f (25 cycles)", 1.0));
    }

    private static ViewOutput Hrs(DevicePreset preset, int cycles, int seed, TextWriter stdout)
    {
        var report = new DeviceCalibrationReport();
        report.Run(preset.Device, (ulong)seed, cycles);
        int[] vs = Paper.HrsStopVoltageMv;
        stdout.WriteLine($"HRS vs stop voltage ({cycles} RESETs per point; paper: 10 cycles, Fig. 1g; log-normal, so sigma is broad)");
        stdout.WriteLine("  V_STOP mV   paper mean kOhm   model mean   dev %   paper sigma kOhm   model sigma   dev %");
        var csv = new List<string> { "stop_mv,model_mean_ohm,model_sigma_ohm,model_median_ohm,paper_mean_ohm,paper_sigma_ohm,paper_median_ohm" };
        for (int i = 0; i < vs.Length; i++)
        {
            var s = report.Hrs[i];
            stdout.WriteLine($"  {vs[i],9}   {Paper.HrsMeanOhm[i] / 1000.0,15:0.0}   {s.Mean / 1000.0,10:0.0}   {Pct(s.Mean, Paper.HrsMeanOhm[i]),5}   {Paper.HrsSigmaOhm[i] / 1000.0,16:0.0}   {s.Sigma / 1000.0,11:0.0}   {Pct(s.Sigma, Paper.HrsSigmaOhm[i]),5}");
            csv.Add(string.Join(",", vs[i].ToString(C), s.Mean.ToString("0", C), s.Sigma.ToString("0", C), s.Median.ToString("0", C),
                Paper.HrsMeanOhm[i].ToString(C), Paper.HrsSigmaOhm[i].ToString(C), DeviceCalibrationReport.PaperHrsMedianOhm[i].ToString(C)));
        }
        double[] x = vs.Select(v => -v / 1000.0).ToArray();
        return new ViewOutput(csv, png => ModelPlots.MeanSigma(png, $"HRS vs RESET stop voltage ({preset.Name} preset, {cycles} cycles per point)",
            "|V_STOP| (V)", "HRS resistance (kOhm), mean +- sigma", x,
            report.Hrs.Select(s => s.Mean / 1000.0).ToArray(), report.Hrs.Select(s => s.Sigma / 1000.0).ToArray(),
            Paper.HrsMeanOhm.Select(v => v / 1000.0).ToArray(), Paper.HrsSigmaOhm.Select(v => v / 1000.0).ToArray(),
            "model", "paper Fig. 1g (10 cycles)", 0.006));
    }

    /// <summary>Fig. 1c's protocol as far as the data show it: the LRS column is the 11 compliances of Fig. 1d in turn, so
    /// the model SETs at each compliance for cycles/11 cycles; every SET is followed by a RESET at the deepest stop voltage.</summary>
    private static ViewOutput CycleToCycle(DevicePreset preset, int cycles, int seed, TextWriter stdout)
    {
        var model = new SiOxDeviceModel(preset.Device, new Prng((ulong)seed));
        int[] ic = preset.Device.LrsComplianceUa;
        int stopMv = preset.Device.HrsStopVoltageMv[^1];
        var lrs = new double[cycles];
        var hrs = new double[cycles];
        for (int k = 0; k < cycles; k++)
        {
            int compliance = ic[Math.Min(ic.Length - 1, k * ic.Length / cycles)];
            lrs[k] = 1e9 / Math.Max(1, model.SetConductanceNs(compliance));
            hrs[k] = 1e9 / Math.Max(1, model.ResetConductanceNs(stopMv));
        }
        double[] Quantiles(double[] v)
        {
            var s = v.OrderBy(x => x).ToArray();
            double Q(double p) => s[(int)(p * (s.Length - 1))];
            return new[] { Q(0.1), Q(0.5), Q(0.9), s[0], s[^1] };
        }
        double[] ql = Quantiles(lrs), qh = Quantiles(hrs);
        stdout.WriteLine($"Cycle-to-cycle, one device, {cycles} cycles: SET over the 11 compliances in turn, RESET at {stopMv} mV (paper: Fig. 1c, 275 cycles)");
        stdout.WriteLine("  quantile   paper LRS kOhm   model LRS   paper HRS kOhm   model HRS");
        for (int i = 0; i < ql.Length; i++)
            stdout.WriteLine($"  {ModelReference.C2cQuantiles[i],8}   {ModelReference.C2cLrsOhm[i] / 1000,14:0.00}   {ql[i] / 1000,9:0.00}   {ModelReference.C2cHrsOhm[i] / 1000,14:0.0}   {qh[i] / 1000,9:0.0}");
        stdout.WriteLine("  (the paper's Fig. 1c HRS matches none of its Fig. 1g stop voltages; the model follows Fig. 1g, so its HRS is lower)");
        var csv = new List<string> { "cycle,compliance_ua,lrs_ohm,stop_mv,hrs_ohm" };
        for (int k = 0; k < cycles; k++)
            csv.Add(string.Join(",", (k + 1).ToString(C), ic[Math.Min(ic.Length - 1, k * ic.Length / cycles)].ToString(C), lrs[k].ToString("0", C), stopMv.ToString(C), hrs[k].ToString("0", C)));
        return new ViewOutput(csv, png => ModelPlots.CycleToCycle(png, $"Cycle-to-cycle distribution ({preset.Name} preset, {cycles} cycles)", lrs, hrs, ModelReference.C2cLrsOhm, ModelReference.C2cHrsOhm));
    }

    private static ViewOutput Iv(DevicePreset preset, TextWriter stdout)
    {
        var sweep = new QuasiStaticSweep();
        sweep.Run(preset.Device, ModelReference.IvCurve1ComplianceUa, ModelReference.IvCurve1StopMv);
        int n = sweep.Count;
        // Key numbers of the sweep, model vs the paper's curve 1.
        double ModelAt(byte segment, int mv) => Enumerable.Range(0, n).Where(i => sweep.Segment[i] == segment).OrderBy(i => Math.Abs(sweep.VoltageMv[i] - mv)).Select(i => sweep.CurrentNa[i] / 1000.0).First();
        double PaperAt(int segment, int mv) => Enumerable.Range(0, ModelReference.IvCurve1VoltageMv.Length).Where(i => ModelReference.IvCurve1Segment[i] == segment)
            .OrderBy(i => Math.Abs(ModelReference.IvCurve1VoltageMv[i] - mv)).Select(i => ModelReference.IvCurve1CurrentNa[i] / 1000.0).First();
        int peakIndex = Enumerable.Range(0, n).Where(i => sweep.Segment[i] == QuasiStaticSweep.ResetDown).OrderByDescending(i => sweep.CurrentNa[i]).First();
        stdout.WriteLine($"Quasi-static I-V sweep of a mean device: 0 -> +2.5 V (compliance {ModelReference.IvCurve1ComplianceUa} uA) -> 0 -> {ModelReference.IvCurve1StopMv / 1000.0:0.0} V -> 0 (paper: Fig. 1b curve 1)");
        stdout.WriteLine("  point                                   paper uA   model uA");
        foreach (var (label, segment, atMv) in new[] { ("SET up at +1.0 V (switching)", 0, 1000), ("SET up at +2.5 V (compliance)", 0, 2500), ("SET down at +0.25 V (LRS read)", 1, 250),
                     ("RESET down at -0.96 V (RESET onset)", 2, -960), ("RESET down at -1.6 V", 2, -1600), ("RESET up at -0.16 V (HRS read)", 3, -160) })
            stdout.WriteLine($"  {label,-38}  {PaperAt(segment, atMv),8:0.00}   {ModelAt((byte)segment, atMv),8:0.00}");
        stdout.WriteLine($"  model RESET current peak: {sweep.CurrentNa[peakIndex] / 1000.0:0.0} uA at {sweep.VoltageMv[peakIndex] / 1000.0:0.000} V (paper curve 1: 157.6 uA at -0.960 V)");
        var csv = new List<string> { "point,segment,voltage_mv,current_na" };
        string[] names = { "set_up", "set_down", "reset_down", "reset_up" };
        for (int i = 0; i < n; i++) csv.Add(string.Join(",", i.ToString(C), names[sweep.Segment[i]], sweep.VoltageMv[i].ToString(C), sweep.CurrentNa[i].ToString(C)));
        double[] mv = Enumerable.Range(0, n).Select(i => sweep.VoltageMv[i] / 1000.0).ToArray(), mi = Enumerable.Range(0, n).Select(i => sweep.CurrentNa[i] * 1e-9).ToArray();
        return new ViewOutput(csv, png => ModelPlots.Iv(png, $"Quasi-static I-V sweep ({preset.Name} preset, mean device, I_C {ModelReference.IvCurve1ComplianceUa} uA, V_STOP {ModelReference.IvCurve1StopMv / 1000.0:0.0} V)",
            mv, mi, ModelReference.IvCurve1VoltageMv.Select(v => v / 1000.0).ToArray(), ModelReference.IvCurve1CurrentNa.Select(i => i * 1e-9).ToArray()));
    }

    private const int RelaxationComplianceUa = 50;

    private static ViewOutput Relaxation(DevicePreset preset, int devices, TextWriter stdout)
    {
        var p = preset.Device;
        bool forcedOn = !p.EnableRelaxation;
        // Relaxation is opt-in in the paper preset (the paper has no retention data); show the law it would use.
        p.EnableRelaxation = true;
        var model = new SiOxDeviceModel(p, new Prng(1));
        double[] timeS = Enumerable.Range(0, 25).Select(i => Math.Pow(10, -3 + i * 0.375)).ToArray(); // 1 ms .. 1e6 s
        var programmed = new int[devices];
        for (int d = 0; d < devices; d++) programmed[d] = model.SetConductanceNs(RelaxationComplianceUa);
        const ulong constructionSeed = 0x5EED;
        var mean = new double[timeS.Length];
        var sigma = new double[timeS.Length];
        var law = new double[timeS.Length];
        // Shown as the change since programming, dG = G(t) - G_prog: the programming spread (c2c, ~10 uS at
        // 50 uA) would otherwise hide a shift of a few tenths of a uS.
        for (int t = 0; t < timeS.Length; t++)
        {
            long ageMs = (long)Math.Round(timeS[t] * 1000);
            var dg = Enumerable.Range(0, devices).Select(d => (model.RelaxedConductanceNs(programmed[d], ageMs, SiOxDeviceModel.RelaxationDeviate(constructionSeed, d, 0)) - programmed[d]) / 1000.0).ToArray();
            mean[t] = dg.Average();
            sigma[t] = Math.Sqrt(dg.Select(x => (x - mean[t]) * (x - mean[t])).Sum() / (devices - 1));
            law[t] = p.RelaxationMeanShiftNsPerLn / 1000.0 * Math.Log(1 + ageMs / (double)p.RelaxationTimeConstantMs);
        }
        stdout.WriteLine($"Relaxation after a SET at {RelaxationComplianceUa} uA (mean G0 {programmed.Average() / 1000.0:0.0} uS), {devices} devices{(forcedOn ? " (relaxation is off in this preset; shown switched on)" : "")}");
        stdout.WriteLine($"  law: dG = ({p.RelaxationMeanShiftNsPerLn} + {p.RelaxationSigmaNsPerLn} z) nS * ln(1 + t / {p.RelaxationTimeConstantMs} ms); no SiOx retention data in the paper; aihwkit's CMO/HfOx fit is -89 + 42 z (paper preset), the harsh preset doubles it");
        stdout.WriteLine("      time s   mean dG uS   sigma dG uS   law uS");
        foreach (int t in new[] { 0, 8, 12, 16, 20, 24 })
            stdout.WriteLine($"  {timeS[t],10:0.###}   {mean[t],10:0.000}   {sigma[t],11:0.000}   {law[t],6:0.000}");
        var csv = new List<string> { "time_s,mean_delta_us,sigma_delta_us,law_mean_delta_us" };
        for (int t = 0; t < timeS.Length; t++) csv.Add(string.Join(",", timeS[t].ToString("G6", C), mean[t].ToString("0.####", C), sigma[t].ToString("0.####", C), law[t].ToString("0.####", C)));
        string lawLabel = $"mean law {p.RelaxationMeanShiftNsPerLn / 1000.0:0.000} uS * ln(1 + t / {p.RelaxationTimeConstantMs / 1000.0:0.#} s) (aihwkit CMO/HfOx fit x{p.RelaxationMeanShiftNsPerLn / -89.0:0.#})";
        return new ViewOutput(csv, png => ModelPlots.Relaxation(png, $"Relaxation after a SET at {RelaxationComplianceUa} uA ({preset.Name} preset, {devices} devices)", timeS, mean, sigma, law, lawLabel));
    }
}
