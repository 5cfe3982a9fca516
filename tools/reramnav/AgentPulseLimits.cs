using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;

namespace ReRamNav.Cli;

/// <summary>
/// Checks, before anything runs, that every pulse and read the agent's parameters describe lies within
/// the board's safety limits. The driver refuses such a pulse anyway (it is never sent), but mid-run and
/// as a board error; a value given with --param is bad input and deserves exit code 2 naming it.
/// </summary>
public static class AgentPulseLimits
{
    public static void Check(AgentParameters p, SafetyLimits limits, string option = "--param")
    {
        Within(p.ReadMv, 1, limits.ReadMaxMv, "ReadMv", "mV", "1..ReadMaxMv", option);
        Within(p.SetAmplitudeMv, 1, limits.SetMaxMv, "SetAmplitudeMv", "mV", "1..SetMaxMv", option);
        Within(p.PulseWidthNs, limits.WidthMinNs, limits.WidthMaxNs, "PulseWidthNs", "ns", "WidthMinNs..WidthMaxNs", option);
        Within(p.SynapseComplianceUa, limits.ComplianceMinUa, limits.ComplianceMaxUa, "SynapseComplianceUa", "µA", "ComplianceMinUa..ComplianceMaxUa", option);
        Within(p.TrailComplianceUa, limits.ComplianceMinUa, limits.ComplianceMaxUa, "TrailComplianceUa", "µA", "ComplianceMinUa..ComplianceMaxUa", option);
        Within(p.NominalComplianceUa, limits.ComplianceMinUa, limits.ComplianceMaxUa, "NominalComplianceUa", "µA", "ComplianceMinUa..ComplianceMaxUa", option);
        Within(p.WallComplianceUa, limits.ComplianceMinUa, limits.ComplianceMaxUa, "WallComplianceUa", "µA", "ComplianceMinUa..ComplianceMaxUa", option);
        // Stop voltages are negative (a RESET); the driver takes their magnitude.
        Within(p.SynapseStopMv, -limits.ResetMaxMv, -1, "SynapseStopMv", "mV", "-ResetMaxMv..-1", option);
        Within(p.TrailStopMv, -limits.ResetMaxMv, -1, "TrailStopMv", "mV", "-ResetMaxMv..-1", option);
        Within(p.ClearStopMv, -limits.ResetMaxMv, -1, "ClearStopMv", "mV", "-ResetMaxMv..-1", option);
    }

    private static void Within(int value, int min, int max, string name, string unit, string limitNames, string option)
    {
        if (value < min || value > max)
            throw new CliUsageException($"{option}: {name} = {value} {unit} is outside the board's limits {min}..{max} {unit} ({limitNames}); such a pulse is never sent");
    }
}
