using ReRamNav.Cli.Simulation;

namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// The variants `reproduce --figure ablations` runs: the faithful variant, each improvement of the
/// issue (item 4) and of docs/algorithm.md §4 switched on alone on top of it, our defaults, and all
/// improvements together. A new agent switch is one more line in <see cref="Improvements"/>.
/// </summary>
public static class AblationCatalogue
{
    /// <summary>
    /// The authors' rules (NAV.m and pseudo-code, docs/algorithm.md §4) as close as the agent allows:
    /// the trail is the last 50 positions as walked (loops included), no forgetting of failed recalls
    /// (NAV.m's region-specific decay has no general equivalent), penalties are never unlearned, no
    /// exploration phase, a wall neuron does not adapt, noise-induced release after ~8 steps on one cell
    /// (NAV.m case 0; here: consecutive bumps), no synapse depression at walls (commented out in NAV.m),
    /// none of our additions (replay, re-exploration, synaptic scaling).
    /// </summary>
    public static readonly string[] Faithful =
    {
        "TrailMode=0", "TrailLength=50", "AdaptationMaxVisits=4", "ForgetFailedRecalls=false", "ClearStalePenalties=false", "ExplorationTrials=0",
        "AdaptWallOnBump=false", "ReleaseAfterBumps=8", "DepressSynapseAtWall=false",
        "ReplanFailedRecalls=false", "ReexploreRoutePercent=0", "ScaleUpAfterBumps=0", "ExploreUntilFirstReward=false",
    };

    /// <summary>Idle time between trials for the relaxation variants, ms: a minute to reset the maze or the rover.</summary>
    public const long RelaxationRestMs = 60_000;

    /// <summary>How much leakier than the calibrated law the hypothetical relaxing device is.</summary>
    public const int HypotheticalRelaxationScale = 100;

    /// <summary>Seed offset of the noise control row.</summary>
    public const uint ControlSeedOffset = 1000;

    /// <summary>Each improvement alone, on top of <see cref="Faithful"/>.</summary>
    public static readonly AblationVariant[] Improvements =
    {
        Improvement("loop-erased", "trail = last 50 places with loops erased (TrailMode LoopErased)", "TrailMode=1"),
        Improvement("shortcut", "trail = loop-erased path with detours between adjacent places cut (TrailMode Shortcut)", "TrailMode=2"),
        Improvement("whole-path", "trail = the whole rewarded path, not the last 50 places: a recall that starts off the trail extends it toward the start (stands in for trail extension; the agent has no separate switch)", "TrailLength=100000"),
        Improvement("adaptation-8", "a place's adaptation saturates after 8 visits, not 4 (AdaptationMaxVisits)", "AdaptationMaxVisits=8"),
        Improvement("explore-until-reward", "every trial explores until the first reward (ExploreUntilFirstReward)", "ExploreUntilFirstReward=true"),
        Improvement("forget-failed", "forget the trail places of a recall that hits a wall or a trial that fails (ForgetFailedRecalls)", "ForgetFailedRecalls=true"),
        Improvement("clear-stale", "unlearn a penalty when the agent walks into the place (ClearStalePenalties)", "ClearStalePenalties=true"),
        Improvement("wall-adapts", "a wall neuron that fired adapts like any neuron (AdaptWallOnBump)", "AdaptWallOnBump=true"),
        Improvement("no-release", "no noise-induced release of adaptation next to walls (ReleaseAfterBumps 0)", "ReleaseAfterBumps=0"),
        Improvement("explore-3", "3 exploration trials first, then the shortest rewarded path becomes the trail (ExplorationTrials 3)", "ExplorationTrials=3"),
        Improvement("scale-up", "a place whose fires only hit walls potentiates its HRS synapses after 6 bumps (ScaleUpAfterBumps)", "ScaleUpAfterBumps=6"),
        Improvement("replay-trail", "trail = shortest route through every place ever entered (TrailMode ShortestExperienced)", "TrailMode=3"),
        Improvement("replay", "replay-trail, plus: a recall that hits a wall replays a route at once (ReplanFailedRecalls; needs forgetting)", "TrailMode=3", "ForgetFailedRecalls=true", "ReplanFailedRecalls=true"),
        new("relaxation", $"device relaxation on (calibrated law, -89 nS per ln(1 + t/1 s)), {RelaxationRestMs / 1000} s rest between trials",
            Array.Empty<string>(), AblationBase.Faithful, new BenchSettings(true, 1, RelaxationRestMs), true),
        new($"relaxation-x{HypotheticalRelaxationScale}", $"hypothetical device relaxing {HypotheticalRelaxationScale}x faster than the calibrated law, {RelaxationRestMs / 1000} s rest between trials",
            Array.Empty<string>(), AblationBase.Faithful, new BenchSettings(true, HypotheticalRelaxationScale, RelaxationRestMs), false),
    };

    /// <summary>The faithful variant, every improvement alone, our defaults and all improvements together, in that order.</summary>
    public static List<AblationVariant> All()
    {
        var list = new List<AblationVariant>
        {
            new("faithful", "the authors' rules: " + string.Join(" ", Faithful), Array.Empty<string>(), AblationBase.Faithful, BenchSettings.Paper, false),
            new("faithful-reseeded", $"control: the faithful variant on seeds + {ControlSeedOffset}; its difference to `faithful` is seed noise, not an effect",
                Array.Empty<string>(), AblationBase.Faithful, BenchSettings.Paper, false, ControlSeedOffset),
        };
        list.AddRange(Improvements);
        list.Add(new("ours-defaults", "the agent's defaults (docs/algorithm.md §3), paper device, no rest", Array.Empty<string>(), AblationBase.Defaults, BenchSettings.Paper, false));
        list.AddRange(LeaveOneOut);
        var together = Improvements.Where(v => v.InAllTogether).ToList();
        var bench = together.Select(v => v.Bench).LastOrDefault(b => b.Relaxation) ?? BenchSettings.Paper;
        list.Add(new("all", "every improvement above except hypothetical devices, applied in order (later TrailMode wins)",
            together.SelectMany(v => v.Params).ToArray(), AblationBase.Faithful, bench, false));
        return list;
    }

    /// <summary>Our defaults with one addition switched off: what each one is worth in the agent as it runs.</summary>
    public static readonly AblationVariant[] LeaveOneOut =
    {
        WithoutOne("ours-no-replay", "defaults, the Shortcut trail instead of replay (and so no replay after failed recalls, no re-exploration)", "TrailMode=2"),
        WithoutOne("ours-no-replan", "defaults without replay after a failed recall", "ReplanFailedRecalls=false"),
        WithoutOne("ours-no-reexplore", "defaults without re-exploration after a change for the worse", "ReexploreRoutePercent=0"),
        WithoutOne("ours-no-exploration", "defaults without the 3 exploration trials", "ExplorationTrials=0"),
        WithoutOne("ours-no-scale-up", "defaults without synaptic scaling after bumps", "ScaleUpAfterBumps=0"),
        WithoutOne("ours-no-forget", "defaults without forgetting failed recalls (and so without replay after them)", "ForgetFailedRecalls=false"),
        WithoutOne("ours-adaptation-4", "defaults with the adaptation plateau at 4 visits (the paper's ~10 theta0)", "AdaptationMaxVisits=4"),
        WithoutOne("ours-no-explore-until-reward", "defaults, but the exploration phase ends after 3 trials even if no trial was rewarded", "ExploreUntilFirstReward=false"),
        WithoutOne("ours-trail-50", "defaults with the authors' 50-place trail", "TrailLength=50"),
        WithoutOne("ours-no-wall-adapt", "defaults without wall adaptation", "AdaptWallOnBump=false"),
    };

    private static AblationVariant WithoutOne(string id, string description, params string[] assignments) =>
        new(id, description, assignments, AblationBase.Defaults, BenchSettings.Paper, false);

    private static AblationVariant Improvement(string id, string description, params string[] assignments) =>
        new(id, description, assignments, AblationBase.Faithful, BenchSettings.Paper, true);
}
