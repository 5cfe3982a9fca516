using ReRamNav.Firmware.Agent;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// The rover experiment's settings as the device console runs it (`run mars`): the same choices as
    /// the host's reproduction (tools/reramnav/Reproduce/MarsExperiment.cs, Fig. 5d), kept here so that
    /// the MCU, which has no tools/ code, uses identical values.
    /// </summary>
    public static class RoverDefaults
    {
        /// <summary>Paper: 95 trials.</summary>
        public const int Trials = 95;
        /// <summary>Step cap per trial (the paper's trial-5 mean is 498 +- 70 fires).</summary>
        public const int MaxStepsPerTrial = 1000;
        /// <summary>Highest compliance of the cost thresholds, uA.</summary>
        public const int MaxCostComplianceUa = 86;
        /// <summary>Explore-then-commit trials: the shortest rewarded path among them becomes the trail.</summary>
        public const int ExplorationTrials = 20;

        /// <summary>The maze defaults, except a trail as long as the rewarded path, room for the step cap,
        /// and <see cref="ExplorationTrials"/> explore-then-commit trials.</summary>
        public static AgentParameters Parameters(int maxSteps)
        {
            AgentParameters p = AgentParameters.PaperDefaults();
            if (p.MaxPathLength < maxSteps + 1)
            {
                p.MaxPathLength = maxSteps + 1;
            }

            p.TrailLength = p.MaxPathLength;
            p.ExplorationTrials = ExplorationTrials;
            return p;
        }

        /// <summary>The built-in seeded terrain at the board's size, with the paper's start and goal scaled to it.</summary>
        public static TerrainMission Mission(int rows, int cols)
        {
            ElevationMap map = SyntheticTerrain.Generate("built-in-craters-" + rows.ToString() + "x" + cols.ToString(), rows, cols, SyntheticTerrain.DefaultSeed);
            return new TerrainMission(map, TerrainCostModel.PaperDefaults(), SyntheticTerrain.StartRowFor(rows), SyntheticTerrain.StartColFor(cols),
                SyntheticTerrain.GoalRowFor(rows), SyntheticTerrain.GoalColFor(cols));
        }
    }
}
