using System.CommandLine;
using ReRamNav.Cli.Output;

namespace ReRamNav.Cli.Commands;

/// <summary>`reramnav plot trials.csv`: the learning curve PNG from a saved run (host CSV or captured device telemetry).</summary>
public static class PlotCommand
{
    public static Command Create(TextWriter stdout)
    {
        var input = new Argument<string>("trials-csv") { Description = "trials.csv from 'reramnav demo --out' or captured telemetry (docs/formats.md)" };
        var output = new Option<string?>("--out") { Description = "PNG file to write; default: learning.png next to the CSV (learning-runN.png for a monitor run file NAME-runN.csv)", HelpName = "FILE" };
        var title = new Option<string?>("--title") { Description = "Plot title" };
        var command = new Command("plot", "Plot steps per trial from a trials.csv");
        command.Arguments.Add(input);
        command.Options.Add(output);
        command.Options.Add(title);
        command.SetAction(parse =>
        {
            string csv = parse.GetValue(input)!;
            var rows = TrialCsv.Read(csv);
            string png = parse.GetValue(output) ?? DefaultPng(csv);
            if (!png.EndsWith(".png", StringComparison.OrdinalIgnoreCase)) throw new CliUsageException($"--out: '{png}' should end in .png");
            OptionValues.CheckOutputFile(png, "--out");
            LearningCurvePlot.Save(png, rows, parse.GetValue(title) ?? Path.GetFileName(csv));
            int seedCount = rows.Select(r => r.Seed).Distinct().Count();
            stdout.WriteLine($"wrote {png} ({rows.Count} trial rows{(seedCount > 1 ? $", {seedCount} seeds" : "")})");
            return 0;
        });
        return command;
    }

    /// <summary>learning.png next to the CSV; for run N of a monitor recording (NAME-runN.csv) learning-runN.png, so plotting each run keeps every plot.</summary>
    public static string DefaultPng(string csv)
    {
        string dir = Path.GetDirectoryName(Path.GetFullPath(csv))!;
        var run = System.Text.RegularExpressions.Regex.Match(Path.GetFileNameWithoutExtension(csv), @"-run(\d+)$");
        return Path.Combine(dir, run.Success ? "learning-run" + run.Groups[1].Value + ".png" : "learning.png");
    }
}
