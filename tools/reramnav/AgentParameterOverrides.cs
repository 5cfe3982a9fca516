using System.Globalization;
using System.Reflection;
using ReRamNav.Firmware.Agent;

namespace ReRamNav.Cli;

/// <summary>
/// "--param Name=Value" on the command line: sets one public field of <see cref="AgentParameters"/>
/// (docs/algorithm.md lists them with units), so researchers can sweep the learning rule without
/// rebuilding. Unknown names and bad values are errors that list what is accepted.
/// </summary>
public static class AgentParameterOverrides
{
    /// <param name="allowRepeats">true for built-in lists that are applied in order on purpose (an ablation variant
    /// made of several improvements); a user's --param that names a parameter twice is an error, not "the last wins".</param>
    public static AgentParameters Apply(AgentParameters parameters, IEnumerable<string> assignments, string option = "--param", bool allowRepeats = false)
    {
        var fields = typeof(AgentParameters).GetFields(BindingFlags.Public | BindingFlags.Instance);
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string assignment in assignments)
        {
            int eq = assignment.IndexOf('=');
            if (eq <= 0) throw new CliUsageException($"{option}: '{assignment}' is not NAME=VALUE, e.g. SynapseComplianceUa=160");
            string name = assignment[..eq].Trim(), value = assignment[(eq + 1)..].Trim();
            var field = fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliUsageException($"{option}: unknown agent parameter '{name}'; expected one of: {string.Join(", ", fields.Select(f => f.Name))}");
            if (!allowRepeats && given.TryGetValue(field.Name, out string? first))
                throw new CliUsageException($"{option}: {field.Name} is given twice ('{first}' and '{assignment}'); give each parameter once");
            given[field.Name] = assignment;
            if (field.Name == nameof(AgentParameters.TrailMode) && TrailModeByName(value) is int mode) field.SetValue(parameters, mode);
            else if (field.FieldType == typeof(int) && int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int i)) field.SetValue(parameters, i);
            else if (field.FieldType == typeof(bool) && bool.TryParse(value, out bool b)) field.SetValue(parameters, b);
            else if (field.FieldType == typeof(int) && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                throw new CliUsageException($"{option}: {field.Name} = '{value}' is out of range: an agent parameter is a 32-bit integer ({int.MinValue}..{int.MaxValue}); its own range is in docs/algorithm.md §3");
            else throw new CliUsageException($"{option}: {field.Name} = '{value}': expected {(field.FieldType == typeof(bool) ? "true or false" : field.Name == nameof(AgentParameters.TrailMode) ? "0..3 or LastPositions, LoopErased, Shortcut, ShortestExperienced" : "an integer")}");
        }
        // Checked after all assignments: a value is judged with the others it was given with.
        AgentParameterRanges.Check(parameters, option);
        AgentPulseLimits.Check(parameters, ReRamNav.Drivers.Board.SafetyLimits.SiOxDefaults(), option);
        return parameters;
    }

    /// <summary>TrailMode also by name (docs/algorithm.md §3): LastPositions, LoopErased, Shortcut, ShortestExperienced.</summary>
    private static int? TrailModeByName(string value) => value.ToLowerInvariant() switch
    {
        "lastpositions" => TrailMode.LastPositions,
        "looperased" => TrailMode.LoopErased,
        "shortcut" => TrailMode.Shortcut,
        "shortestexperienced" => TrailMode.ShortestExperienced,
        _ => null,
    };
}
