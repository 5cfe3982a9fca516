using ReRamNav.Firmware.Agent;

namespace ReRamNav.Cli.Analysis;

/// <summary>
/// The grid of `reramnav sweep grid`: each "--param NAME=V1,V2,..." is one axis over an agent
/// parameter (docs/algorithm.md §3); the grid is every combination, the first axis varying slowest.
/// Names and values are checked against <see cref="AgentParameters"/> before anything runs.
/// </summary>
public sealed class ParameterGrid
{
    /// <summary>Largest number of grid points times seeds one sweep may run (a typo must not start a day-long run).</summary>
    public const int MaxRuns = 20000;

    public IReadOnlyList<string> Names { get; }
    public IReadOnlyList<string[]> Values { get; }

    private ParameterGrid(List<string> names, List<string[]> values)
    {
        Names = names;
        Values = values;
    }

    /// <summary>Number of grid points (product of the axis lengths; 1 with no axis).</summary>
    public long Count => Values.Aggregate(1L, (n, v) => n * v.Length);

    public static ParameterGrid Parse(IEnumerable<string> axes, string option = "--param")
    {
        var names = new List<string>();
        var values = new List<string[]>();
        foreach (string axis in axes)
        {
            int eq = axis.IndexOf('=');
            if (eq <= 0 || eq == axis.Length - 1)
                throw new CliUsageException($"{option}: '{axis}' is not NAME=V1,V2,...; e.g. TrailLength=10,50,100");
            string rawName = axis[..eq].Trim();
            string[] list = axis[(eq + 1)..].Split(',').Select(v => v.Trim()).ToArray();
            if (list.Any(v => v.Length == 0))
                throw new CliUsageException($"{option}: '{axis}' has an empty value; expected NAME=V1,V2,... with no empty entries");
            // Validates the name and every value (type, form) and gives the field's canonical spelling.
            string name = rawName;
            foreach (string v in list)
            {
                var probe = AgentParameters.PaperDefaults();
                AgentParameterOverrides.Apply(probe, new[] { $"{rawName}={v}" }, option);
                name = CanonicalName(rawName);
            }
            if (names.Contains(name, StringComparer.OrdinalIgnoreCase))
                throw new CliUsageException($"{option}: {name} is given twice; put all its values in one --param {name}=V1,V2,...");
            if (list.Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Length)
                throw new CliUsageException($"{option}: {name} lists a value twice ('{axis}')");
            names.Add(name);
            values.Add(list);
        }
        return new ParameterGrid(names, values);
    }

    /// <summary>Every grid point as NAME=VALUE assignments, in axis order.</summary>
    public List<string[]> Points()
    {
        var points = new List<string[]> { Array.Empty<string>() };
        for (int a = 0; a < Names.Count; a++)
        {
            var next = new List<string[]>();
            foreach (var p in points)
                foreach (var v in Values[a])
                    next.Add(p.Append($"{Names[a]}={v}").ToArray());
            points = next;
        }
        return points;
    }

    private static string CanonicalName(string name) =>
        typeof(AgentParameters).GetFields().First(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)).Name;
}
