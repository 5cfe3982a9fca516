using System.Reflection;
using ReRamNav.Firmware.Agent;

namespace ReRamNav.Cli.Sweep;

/// <summary>A field-by-field copy of <see cref="AgentParameters"/>, so concurrent runs of a sweep never share one.</summary>
public static class AgentParameterCopy
{
    public static AgentParameters Of(AgentParameters p)
    {
        var copy = new AgentParameters();
        foreach (var f in typeof(AgentParameters).GetFields(BindingFlags.Public | BindingFlags.Instance)) f.SetValue(copy, f.GetValue(p));
        return copy;
    }
}
