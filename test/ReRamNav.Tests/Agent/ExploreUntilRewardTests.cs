using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.Agent
{
    /// <summary>Exploration lasts until the first reward (AgentParameters.ExploreUntilFirstReward, docs/algorithm.md §4.13).</summary>
    [TestClass]
    public class ExploreUntilRewardTests
    {
        private static List<(TrialRecord Record, bool Exploring)> Run(uint seed, bool untilReward, int maxSteps, int trials)
        {
            GridMaze a = BuiltInMazes.LayoutA();
            var bench = ReRamNav.Cli.Simulation.VirtualBench.Create(seed, a.Rows, a.Cols);
            var p = AgentParameters.PaperDefaults();
            p.ExploreUntilFirstReward = untilReward;
            var agent = new PlaceCellAgent(bench.Driver, p);
            agent.InitialiseNetwork(seed);
            var log = new ExploringLog { Agent = agent };
            new ExperimentRunner(bench.Driver, agent, log) { MaxStepsPerTrial = maxSteps }.Run(new[] { new ExperimentBlock(a, trials, a.StartRow, a.StartCol) });
            return log.Trials;
        }

        [TestMethod]
        public void TrialsExploreUntilTheFirstReward_ThenTheTrailIsFollowed()
        {
            // A 150-step cap on the built-in layout A (shortest 31): the first trials often end without the reward.
            int seedsWithLateReward = 0, explorationTrials = AgentParameters.PaperDefaults().ExplorationTrials;
            for (uint seed = 1; seed <= 10; seed++)
            {
                var trials = Run(seed, true, 150, 30);
                int first = trials.FindIndex(t => t.Record.ReachedGoal);
                int explored = first < 0 ? trials.Count : first + 1;
                for (int i = 0; i < explored; i++)
                {
                    Assert.IsTrue(trials[i].Exploring, "seed " + seed + ": trial " + (i + 1) + " (up to the first reward) explores");
                }
                if (first >= explorationTrials && first + 1 < trials.Count)
                {
                    seedsWithLateReward++;
                    Assert.IsFalse(trials[first + 1].Exploring, "seed " + seed + ": after the first reward (trial " + (first + 1) + ") the trail is followed");
                }
            }
            Assert.IsTrue(seedsWithLateReward > 0, "some seed needs more than the exploration trials to find the goal: the rule is exercised");
        }

        [TestMethod]
        public void Off_ExplorationEndsAfterExplorationTrials_EvenWithoutAReward()
        {
            var trials = Run(3, false, 60, 8); // 60 steps: the goal (31 moves away) is rarely reached while exploring
            int explorationTrials = AgentParameters.PaperDefaults().ExplorationTrials;
            for (int i = explorationTrials; i < trials.Count; i++)
            {
                Assert.IsFalse(trials[i].Exploring, "trial " + (i + 1) + " does not explore");
            }
        }
    }
}
