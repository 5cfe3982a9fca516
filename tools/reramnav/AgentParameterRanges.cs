using ReRamNav.Firmware.Agent;

namespace ReRamNav.Cli;

/// <summary>
/// The values each agent parameter may take from the command line (--param), beyond the board's pulse
/// limits (<see cref="AgentPulseLimits"/>): a trail mode that exists, lengths and counts that are not
/// negative, a path memory that can hold a trial. Out of range is bad input: exit 2, naming the parameter.
/// </summary>
public static class AgentParameterRanges
{
    private static readonly (string Name, Func<AgentParameters, int> Get, int Min, int Max, string Meaning)[] Ranges =
    {
        ("TrailMode", p => p.TrailMode, TrailMode.LastPositions, TrailMode.ShortestExperienced, "0 LastPositions, 1 LoopErased, 2 Shortcut, 3 ShortestExperienced"),
        ("TrailLength", p => p.TrailLength, 1, int.MaxValue, "places"),
        ("ReadSamples", p => p.ReadSamples, 1, 255, "samples per read"),
        ("AdaptationStepNs", p => p.AdaptationStepNs, 0, 10_000_000, "nS"),
        ("AdaptationMaxVisits", p => p.AdaptationMaxVisits, 0, 255, "visits"),
        ("NeuronTimeConstantNs", p => p.NeuronTimeConstantNs, 1, 1_000_000_000, "ns"),
        ("ReleaseAfterBumps", p => p.ReleaseAfterBumps, 0, int.MaxValue, "bumps, 0 = off"),
        ("ScaleUpAfterBumps", p => p.ScaleUpAfterBumps, 0, int.MaxValue, "bumps, 0 = off"),
        ("ExplorationTrials", p => p.ExplorationTrials, 0, int.MaxValue, "trials"),
        ("ExplorationFloorNs", p => p.ExplorationFloorNs, 0, 10_000_000, "nS"),
        ("ExplorationNoveltyNs", p => p.ExplorationNoveltyNs, 0, 10_000_000, "nS"),
        ("ReexploreRoutePercent", p => p.ReexploreRoutePercent, 0, 100_000, "%, 0 = off"),
        ("ReexploreTrials", p => p.ReexploreTrials, 0, 100_000, "trials"),
        ("MaxReplansPerTrial", p => p.MaxReplansPerTrial, 0, 100_000, "replays"),
        ("ReplanDoorCost", p => p.ReplanDoorCost, 0, 100_000, "moves"),
        ("ReplanWallCost", p => p.ReplanWallCost, 0, 100_000, "moves"),
        ("MaxPathLength", p => p.MaxPathLength, 1, 60_000, "places (a trial's path)"),
        ("InitialHrsSynapsePerMille", p => p.InitialHrsSynapsePerMille, 0, 1000, "per mille"),
        ("TrailMaxNs", p => p.TrailMaxNs, 0, 10_000_000, "nS"),
        ("WallMinNs", p => p.WallMinNs, 0, 10_000_000, "nS"),
        ("SynapseLrsMinNs", p => p.SynapseLrsMinNs, 0, 10_000_000, "nS"),
    };

    public static void Check(AgentParameters p, string option = "--param")
    {
        foreach (var r in Ranges)
        {
            int value = r.Get(p);
            if (value < r.Min || value > r.Max)
            {
                string range = r.Max == int.MaxValue ? $"{r.Min} or more" : $"{r.Min}..{r.Max}";
                throw new CliUsageException($"{option}: {r.Name} = {value} is out of range: expected {range} ({r.Meaning})");
            }
        }
        if (p.TrailMaxNs >= p.WallMinNs)
            throw new CliUsageException($"{option}: TrailMaxNs = {p.TrailMaxNs} nS must be below WallMinNs = {p.WallMinNs} nS (a place cannot be trail and wall)");
    }
}
