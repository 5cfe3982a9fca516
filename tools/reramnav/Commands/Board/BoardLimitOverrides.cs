using System.Globalization;
using ReRamNav.Drivers.Board;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>`--board-limit NAME=VALUE`: changes one of the virtual board's own hard limits (what it announces
/// in IDENT and enforces), so that the stricter-of rule can be seen working against any kit's lab limits.</summary>
internal static class BoardLimitOverrides
{
    public static readonly string[] Names = { "SetMaxMv", "ResetMaxMv", "FormMaxMv", "ComplianceMinUa", "ComplianceMaxUa", "ReadMaxMv", "WidthMinNs", "WidthMaxNs" };

    public static SafetyLimits Apply(SafetyLimits limits, string[] assignments, string option)
    {
        foreach (string assignment in assignments)
        {
            int eq = assignment.IndexOf('=');
            string name = eq > 0 ? assignment[..eq].Trim() : "";
            string? known = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (known == null)
                throw new CliUsageException($"{option}: '{assignment}' does not name a limit; expected NAME=VALUE with NAME one of {string.Join(", ", Names)}");
            if (!int.TryParse(assignment[(eq + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
                throw new CliUsageException($"{option}: '{assignment}': the value is not a non-negative integer");
            // IDENT carries the voltage and current limits as u16 (docs/protocol.md §5.1).
            if (!known.EndsWith("Ns", StringComparison.Ordinal) && value > 65535)
                throw new CliUsageException($"{option}: '{assignment}': {known} is a 16-bit field in IDENT; expected 0..65535");
            switch (known)
            {
                case "SetMaxMv": limits.SetMaxMv = value; break;
                case "ResetMaxMv": limits.ResetMaxMv = value; break;
                case "FormMaxMv": limits.FormMaxMv = value; break;
                case "ComplianceMinUa": limits.ComplianceMinUa = value; break;
                case "ComplianceMaxUa": limits.ComplianceMaxUa = value; break;
                case "ReadMaxMv": limits.ReadMaxMv = value; break;
                case "WidthMinNs": limits.WidthMinNs = value; break;
                default: limits.WidthMaxNs = value; break;
            }
        }
        return limits;
    }
}
