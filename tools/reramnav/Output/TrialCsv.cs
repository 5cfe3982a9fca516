using System.Globalization;
using System.Text;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Cli.Output;

/// <summary>
/// trials.csv (docs/formats.md): one row per trial. The first 16 columns are fixed by issue 2 and by
/// the device telemetry (docs/telemetry.md); the extra columns follow them, so a reader that knows
/// only the first 16 keeps working. Invariant culture, '.' decimal point, RFC 4180 quoting.
/// </summary>
public static class TrialCsv
{
    public static readonly string[] Columns =
    {
        "trial", "block", "layout", "start_row", "start_col", "steps", "optimal_steps", "reached_goal",
        "penalties", "sets", "resets", "reads", "spi_transactions", "spi_bytes", "energy_pj", "time_us",
        "trial_in_block", "integration_energy_pj", "integration_time_ns", "retries", "seed",
    };

    public static string Header => string.Join(",", Columns);

    public static string Row(TrialRecord r, uint seed)
    {
        var c = CultureInfo.InvariantCulture;
        return string.Join(",",
            r.Trial.ToString(c), r.Block.ToString(c), Quote(r.Layout), r.StartRow.ToString(c), r.StartCol.ToString(c),
            r.Steps.ToString(c), r.OptimalSteps.ToString(c), r.ReachedGoal ? "1" : "0", r.Penalties.ToString(c),
            r.Sets.ToString(c), r.Resets.ToString(c), r.Reads.ToString(c), r.SpiTransactions.ToString(c),
            r.SpiBytes.ToString(c), r.EnergyPj.ToString(c), r.TimeUs.ToString(c),
            r.TrialInBlock.ToString(c), r.IntegrationEnergyPj.ToString(c), r.IntegrationTimeNs.ToString(c),
            r.Retries.ToString(c), seed.ToString(c));
    }

    public static string Quote(string value)
    {
        if (value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0) return value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no embedded newlines).</summary>
    public static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else field.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(ch);
        }
        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The columns a plot or summary reads, with the values a trial can have: a negative step count or a reached_goal of 7 is a broken line.</summary>
    private static readonly (string Column, long Min, long Max, string Meaning)[] Ranges =
    {
        ("trial", 1, int.MaxValue, "a trial number 1..2147483647"),
        ("block", 1, int.MaxValue, "a block number 1..2147483647"),
        ("start_row", 0, 65535, "a row 0..65535"),
        ("start_col", 0, 65535, "a column 0..65535"),
        ("steps", 0, int.MaxValue, "a step count 0..2147483647"),
        ("optimal_steps", 0, int.MaxValue, "a step count 0..2147483647"),
        ("reached_goal", 0, 1, "0 or 1"),
        ("penalties", 0, int.MaxValue, "a count 0..2147483647"),
        ("sets", 0, long.MaxValue, "a count >= 0"),
        ("resets", 0, long.MaxValue, "a count >= 0"),
        ("reads", 0, long.MaxValue, "a count >= 0"),
        ("spi_transactions", 0, long.MaxValue, "a count >= 0"),
        ("spi_bytes", 0, long.MaxValue, "a count >= 0"),
        ("energy_pj", 0, long.MaxValue, "an energy >= 0"),
        ("time_us", 0, long.MaxValue, "a time >= 0"),
    };

    /// <summary>
    /// The first value of a trial line (fields in the order of <paramref name="header"/>) that no trial can have,
    /// as "column 'steps' is -5, expected a step count >= 0"; null if none. Used by the CSV reader and by monitor.
    /// </summary>
    public static string? ImpossibleValue(IReadOnlyList<string> header, IReadOnlyList<string> fields)
    {
        foreach (var r in Ranges)
        {
            int i = header.ToList().IndexOf(r.Column);
            if (i < 0 || i >= fields.Count || !long.TryParse(fields[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out long v)) continue;
            if (v < r.Min || v > r.Max) return $"column '{r.Column}' is {v}, expected {r.Meaning}";
        }
        return null;
    }

    /// <summary>
    /// Reads a trials.csv written by <see cref="Row"/> (or by the device telemetry, whose lines carry
    /// the first 16 columns). Throws <see cref="CliUsageException"/> naming the file, line and column.
    /// </summary>
    public static List<(TrialRecord Record, uint Seed)> Read(string path)
    {
        string text = OptionValues.ReadTextFile(path, "TRIALS.CSV", "a trials.csv written by 'reramnav demo --out DIR' or 'reramnav monitor --out FILE'");
        if (text.EndsWith('\n')) text = text[..^1];
        var lines = text.Length == 0 ? Array.Empty<string>() : text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
            throw new CliUsageException($"{path}:1: empty file, expected the header '{string.Join(",", Columns.Take(16))}'");
        var header = Split(lines[0].Trim());
        int Col(string name, bool required)
        {
            int i = header.IndexOf(name);
            if (i < 0 && required) throw new CliUsageException($"{path}:1: header has no column '{name}' (expected at least: {string.Join(",", Columns.Take(16))})");
            return i;
        }
        int[] idx = Columns.Select((name, i) => Col(name, i < 16)).ToArray();
        var result = new List<(TrialRecord, uint)>();
        for (int n = 1; n < lines.Length; n++)
        {
            string line = lines[n].Trim();
            if (line.Length == 0) continue;
            var f = Split(line);
            if (f.Count != header.Count)
                throw new CliUsageException($"{path}:{n + 1}: {f.Count} fields, expected {header.Count} as in the header");
            long L(int column)
            {
                int i = idx[column];
                if (i < 0) return 0;
                if (!long.TryParse(f[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out long v))
                    throw new CliUsageException($"{path}:{n + 1}: column '{Columns[column]}' is '{f[i]}', expected an integer");
                return v;
            }
            string? impossible = ImpossibleValue(header, f);
            if (impossible != null) throw new CliUsageException($"{path}:{n + 1}: {impossible}");
            var r = new TrialRecord
            {
                Trial = (int)L(0), Block = (int)L(1), Layout = f[idx[2]], StartRow = (int)L(3), StartCol = (int)L(4),
                Steps = (int)L(5), OptimalSteps = (int)L(6), ReachedGoal = L(7) != 0, Penalties = (int)L(8),
                Sets = L(9), Resets = L(10), Reads = L(11), SpiTransactions = L(12), SpiBytes = L(13),
                EnergyPj = L(14), TimeUs = L(15),
                TrialInBlock = idx[16] >= 0 ? (int)L(16) : 0,
                IntegrationEnergyPj = L(17), IntegrationTimeNs = L(18), Retries = L(19),
            };
            result.Add((r, (uint)L(20)));
        }
        if (result.Count == 0) throw new CliUsageException($"{path}: no trial rows after the header");
        // Device telemetry has no trial_in_block: number the trials within each block.
        if (idx[16] < 0)
        {
            foreach (var seedGroup in result.GroupBy(x => x.Item2))
                foreach (var block in seedGroup.GroupBy(x => x.Item1.Block))
                {
                    int k = 1;
                    foreach (var x in block.OrderBy(x => x.Item1.Trial)) x.Item1.TrialInBlock = k++;
                }
        }
        return result;
    }
}
