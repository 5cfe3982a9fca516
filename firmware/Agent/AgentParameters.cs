namespace ReRamNav.Firmware.Agent
{
    /// <summary>
    /// Every parameter of the place-cell agent (docs/algorithm.md §3), with its unit and where its
    /// value comes from. Conductance levels refer to the paper preset of the device model
    /// (Bianchi 2023 Fig. 1e/g): LRS 12.1 kΩ (83 µS) at 50 µA .. 5.7 kΩ (175 µS) at 170 µA;
    /// HRS 112 kΩ (8.9 µS) at -1.0 V .. 374 kΩ (2.7 µS) at -1.6 V.
    ///
    /// How thresholds live in a state device (paper pseudo-code l.21-44): the neuron's threshold is
    /// proportional to the state device's conductance G_STA (higher G, higher threshold). Levels:
    ///   trail    (reward, "threshold 0")  = RESET at TrailStopMv           -> HRS, ~2.7 µS
    ///   nominal  (theta0)                  = SET at NominalComplianceUa     -> LRS at low I_C, ~83 µS
    ///   wall     (penalty)                 = SET at WallComplianceUa        -> LRS at high I_C, ~175 µS
    /// The LRS levels span only ~2x, so the wall's threshold alone is a weak penalty; the paper's
    /// hardware also depresses the synapse that carried the fire into the wall (NAV.m l.295-323
    /// comment), which makes that direction ~60x slower to fire. Both are done here.
    /// </summary>
    public sealed class AgentParameters
    {
        // --- reads ---
        /// <summary>Read voltage, mV. 0.2 V: typical 1T1R read (anchors.md §3), far below the SET onset (~0.75 V, Fig. 1b).</summary>
        public int ReadMv = 200;
        /// <summary>Samples averaged per device read.</summary>
        public int ReadSamples = 1;

        // --- programming (Table 1 calls these the "binary programming" conditions) ---
        /// <summary>SET amplitude for every SET, mV (above the ~1.25 V end of the gradual SET, Fig. 1b).</summary>
        public int SetAmplitudeMv = 1500;
        /// <summary>Width of every SET and RESET pulse, ns.</summary>
        public int PulseWidthNs = 1000;
        /// <summary>Compliance of the Hebbian SET of a used synapse, µA (Table 1 rows: 50..160).</summary>
        public int SynapseComplianceUa = 160;
        /// <summary>Stop voltage of a depressed / initially-HRS synapse, mV (Table 1 columns: -1000..-1600).</summary>
        public int SynapseStopMv = -1600;
        /// <summary>Compliance of the reward-trail synapses: the highest, so the trail is the strongest path (pseudo-code l.43).</summary>
        public int TrailComplianceUa = 170;
        /// <summary>Stop voltage that gives the trail's low threshold ("threshold 0"), mV: the deepest RESET (pseudo-code l.44).</summary>
        public int TrailStopMv = -1600;
        /// <summary>Compliance of the SET that gives the nominal threshold theta0, µA: LRS "from low I_C" (pseudo-code l.21).</summary>
        public int NominalComplianceUa = 50;
        /// <summary>Stop voltage of the RESET that precedes a SET to nominal (a SET alone cannot lower G), mV.</summary>
        public int ClearStopMv = -1600;
        /// <summary>Compliance of the penalty SET of a wall's state device, µA: the highest LRS, the highest threshold.</summary>
        public int WallComplianceUa = 170;
        /// <summary>Depress (RESET) the synapse that fired into a wall (the paper's hardware STDP depression).
        /// Off by default: a depressed synapse makes the penalty all but permanent, so a wall that opens
        /// later is never tried again and relearning after a layout change fails (measured: docs/algorithm.md).</summary>
        public bool DepressSynapseAtWall = false;
        /// <summary>The wall's neuron fired, so it adapts like any neuron that fires (spike-frequency adaptation):
        /// within the trial the same wall is not hit again and again; across trials its mild LRS penalty lets
        /// a wall that has since been removed be tried again.</summary>
        public bool AdaptWallOnBump = true;

        // --- classification of what was read, nS ---
        /// <summary>A state device at or below this is a trail cell: between the highest HRS (~8.9 µS at -1.0 V, with
        /// its broad spread) and the lowest LRS (~74 µS at 50 µA minus 1 sigma).</summary>
        public int TrailMaxNs = 30000;
        /// <summary>A state device at or above this is a penalised (wall) cell: between LRS at 50 µA (83 µS, +3 sigma
        /// ~ 115 µS) and at 170 µA (175 µS).</summary>
        public int WallMinNs = 130000;
        /// <summary>A synapse at or above this is already potentiated: no Hebbian SET needed.</summary>
        public int SynapseLrsMinNs = 40000;

        // --- neuron ---
        /// <summary>
        /// Within-trial threshold rise of a place each time the agent leaves it (spike-frequency
        /// adaptation, Fig. 3f), in nS of equivalent state conductance: 2 x nominal makes a visited
        /// place 3 theta0, as in NAV.m l.293 (nominal ~83 µS). Volatile: cleared at the start of every trial.
        /// </summary>
        public int AdaptationStepNs = 166000;
        /// <summary>
        /// Adaptation saturates after this many visits. The paper's neuron plateaus near 10 theta0 after ~4-7 fires
        /// (Fig. 3i; NAV.m's homeostatic steps saturate at 10x), which is 4 visits here (83 + 4 x 166 µS = 9 theta0;
        /// the faithful variant's value). 8 (17 theta0): with a plateau at 4, places visited 4 times or more all
        /// look alike and the walk through them is random; in 1-place-wide corridors (micromouse mazes) the agent
        /// then oscillates among a few places for the whole trial. On the 30x30 mazes 8 and 4 are alike.
        /// Measured, docs/algorithm.md §4.12.
        /// </summary>
        public int AdaptationMaxVisits = 8;
        /// <summary>Integration time of a neuron whose synapse equals its threshold conductance, ns:
        /// t_fire = NeuronTimeConstantNs * G_threshold / G_synapse. 2 µs puts a nominal fire (83 µS
        /// threshold, 167 µS synapse) near 1 µs, the paper's 1-3 µs per step (Fig. 4b traces).</summary>
        public int NeuronTimeConstantNs = 2000;
        /// <summary>Consecutive wall bumps after which the 3x3 neighbourhood's adaptation is released
        /// ("noise-induced asynchronous firing", NAV.m case 0); 0 = off. Off by default: in the
        /// closed-form neuron some neighbour always fires, so the agent is never silent, and releasing
        /// adaptation next to walls only sends it back into the walls (measured: docs/algorithm.md).</summary>
        public int ReleaseAfterBumps = 0;
        /// <summary>Consecutive wall bumps after which the place potentiates its HRS synapses towards places not
        /// known as walls (homeostatic synaptic scaling); 0 = off. A place whose open exits all start in HRS
        /// otherwise traps the agent for the rest of the trial (measured on 1-wide corridors).</summary>
        public int ScaleUpAfterBumps = 6;

        // --- reward and forgetting ---
        /// <summary>
        /// Positions at the end of a rewarded path that become the trail (NAV.m: 50; pseudo-code: 10). 200: the whole
        /// shortest experienced route of any maze we ship or load (the longest micromouse route is 164 moves); with 50
        /// a route longer than 50 moves has to be explored again from its start in every trial. Measured,
        /// docs/algorithm.md §4.12.
        /// </summary>
        public int TrailLength = 200;
        /// <summary>How the trail is cut from the rewarded path: <see cref="TrailMode"/>.</summary>
        public int TrailMode = Agent.TrailMode.ShortestExperienced;
        /// <summary>Decay to nominal the trail cells of a recall that hits a wall or a trial that fails
        /// (the general forgetting rule that replaces NAV.m's maze-specific regions).</summary>
        public bool ForgetFailedRecalls = true;
        /// <summary>
        /// A recall that runs into a wall replays the experience map (<see cref="ExperienceMap"/>): the
        /// shortest route from here to the reward through places entered before, avoiding walls met in
        /// this trial, becomes the trail at once; routes through places met as walls before are charged
        /// extra moves (ReplanDoorCost, ReplanWallCost), so they are tried only when much shorter. Needs TrailMode
        /// ShortestExperienced; false = only forget, then explore (the behaviour before replay).
        /// </summary>
        public bool ReplanFailedRecalls = true;
        /// <summary>Replays after failed recalls allowed per trial (each costs one pulse list of up to 2 pulses per place of the route).</summary>
        public int MaxReplansPerTrial = 8;
        /// <summary>Moves a replayed route is charged for each door on it: a place the agent entered once and
        /// met as a wall later (it may have opened again; a wrong guess costs a bump and another replay).</summary>
        public int ReplanDoorCost = 5;
        /// <summary>Moves a replayed route is charged for each wall on it that the agent never entered (walls
        /// can be removed, but far less often than a door reopens).</summary>
        public int ReplanWallCost = 25;
        /// <summary>
        /// Re-explore after a change for the worse: when a recall failed in a rewarded trial, no door
        /// reopened, and the new route is at least this share of the best route the agent had from
        /// the same start (percent), the next ReexploreTrials trials explore. 0 = off. Needs TrailMode
        /// ShortestExperienced.
        /// </summary>
        public int ReexploreRoutePercent = 130;
        /// <summary>Trials of re-exploration (trails do not attract) before the shortest experienced route is committed.</summary>
        public int ReexploreTrials = 3;
        /// <summary>A successful move into a penalised place reprograms it to nominal: walls that were
        /// removed are unlearned.</summary>
        public bool ClearStalePenalties = true;
        /// <summary>
        /// Trials at the start of the agent's life that explore without following any trail; the
        /// shortest rewarded path among them becomes the first trail when they end (reward-prediction
        /// gating: only a path better than the best so far is kept). 0 = the authors' behaviour
        /// (the first rewarded path is the trail).
        /// </summary>
        public int ExplorationTrials = 3;
        /// <summary>
        /// Until the first reward of the experiment, every trial explores (novelty seeking across trials), not only the
        /// first ExplorationTrials: with no trail to follow, a trial that does not seek new places repeats the
        /// previous one's failed walk (measured: built-in layout A, cap 350, seed 3 with AdaptationMaxVisits 8:
        /// 70 trials, none reached the goal). false = the exploration phase ends after ExplorationTrials whatever happened.
        /// </summary>
        public bool ExploreUntilFirstReward = true;
        /// <summary>While exploring, a state device that reads below this counts as this (a comparator floor), nS:
        /// 83 µS (nominal, LRS at 50 µA) makes trails no more attractive than any unvisited place.</summary>
        public int ExplorationFloorNs = 83000;
        /// <summary>While exploring, places entered in earlier trials get this much extra threshold, nS (novelty
        /// seeking). 40 µS keeps them below a wall's ~175 µS, so the explorer does not prefer walls.</summary>
        public int ExplorationNoveltyNs = 40000;
        /// <summary>Largest path the MCU remembers in a trial (positions); the step cap must not exceed it.</summary>
        public int MaxPathLength = 1024;
        /// <summary>Probability (per mille) that a synapse starts in HRS at experiment start (NAV.m: 10 %).</summary>
        public int InitialHrsSynapsePerMille = 100;

        public static AgentParameters PaperDefaults()
        {
            return new AgentParameters();
        }
    }
}
