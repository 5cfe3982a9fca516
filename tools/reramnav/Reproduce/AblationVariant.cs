using ReRamNav.Cli.Simulation;

namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// One row of the ablation table (`reproduce --figure ablations`): agent switches written as
/// `--param` assignments (tools/reramnav/AgentParameterOverrides.cs), so a switch the agent gains
/// is one more line in <see cref="AblationCatalogue"/>, and the bench (device relaxation) it runs on.
/// </summary>
/// <param name="Id">Short name used in the CSV and the plot.</param>
/// <param name="Description">What is switched, and against what (shown in report.md).</param>
/// <param name="Params">NAME=VALUE assignments applied on top of <see cref="Base"/>.</param>
/// <param name="Base">The parameters the assignments start from: the faithful variant, or the agent's defaults.</param>
/// <param name="Bench">Device model switches and rest between trials.</param>
/// <param name="InAllTogether">Whether the "all improvements" row includes it (hypothetical devices do not).</param>
/// <param name="SeedOffset">Added to every seed: a variant that changes nothing but the seeds measures how much of a
/// difference between two rows is seed-to-seed noise.</param>
public sealed record AblationVariant(string Id, string Description, string[] Params, AblationBase Base, BenchSettings Bench, bool InAllTogether,
    uint SeedOffset = 0);

/// <summary>What an <see cref="AblationVariant"/>'s assignments are applied to.</summary>
public enum AblationBase
{
    /// <summary><see cref="AblationCatalogue.Faithful"/>: the authors' rules as close as the agent allows.</summary>
    Faithful,
    /// <summary>The agent's defaults (AgentParameters.PaperDefaults, docs/algorithm.md §3).</summary>
    Defaults,
}
