using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.Agent
{
    /// <summary>Re-exploration after a change for the worse (AgentParameters.ReexploreRoutePercent, docs/algorithm.md §4.10).</summary>
    [TestClass]
    public class ReexplorationTests
    {
        // A: the goal room has a door at the top (2,4): 5 moves from the start. B closes it: the only
        // way in is from below, about 9 moves, far more than 130 % of A's route.
        private const string RoomA =
            "#########\n" +
            "#S......#\n" +
            "#.##.##.#\n" +
            "#.#...#.#\n" +
            "#.#.G.#.#\n" +
            "#.#...#.#\n" +
            "#.##.##.#\n" +
            "#.......#\n" +
            "#########\n";
        private static readonly string RoomB = RoomA.Substring(0, 20) + "#.#####.#\n" + RoomA.Substring(30);

        private static List<(TrialRecord Record, bool Exploring)> Run(uint seed, int reexplorePercent)
        {
            GridMaze a = MazeParser.Parse(RoomA, "A"), b = MazeParser.Parse(RoomB, "B");
            var bench = ReRamNav.Cli.Simulation.VirtualBench.Create(seed, a.Rows, a.Cols);
            var p = AgentParameters.PaperDefaults();
            p.ReexploreRoutePercent = reexplorePercent;
            p.ExplorationTrials = 0; // so that any exploring trial is re-exploration
            p.ExploreUntilFirstReward = false; // (trial 1 would explore until its reward)
            var agent = new PlaceCellAgent(bench.Driver, p);
            agent.InitialiseNetwork(seed);
            var log = new ExploringLog { Agent = agent };
            new ExperimentRunner(bench.Driver, agent, log) { MaxStepsPerTrial = 300 }.Run(new[]
            {
                new ExperimentBlock(a, 6, 1, 1), new ExperimentBlock(b, 8, 1, 1), new ExperimentBlock(a, 6, 1, 1),
            });
            return log.Trials;
        }

        [TestMethod]
        public void Rooms_HaveTheShortestPathsTheTestAssumes()
        {
            Assert.AreEqual(5, ShortestPath.Moves(MazeParser.Parse(RoomA, "A"), 1, 1));
            Assert.IsTrue(ShortestPath.Moves(MazeParser.Parse(RoomB, "B"), 1, 1) >= 8);
        }

        [TestMethod]
        public void AfterTheRouteGrows_TheNextTrialsExplore_ThenTheAgentCommitsAgain()
        {
            int checkedSeeds = 0;
            for (uint seed = 1; seed <= 24; seed++)
            {
                var trials = Run(seed, 130);
                var blockA = trials.Where(t => t.Record.Block == 1).ToList();
                if (blockA.Last().Record.Steps > 6) continue; // A's first route was the long one: nothing grows in B
                checkedSeeds++;
                var blockB = trials.Where(t => t.Record.Block == 2).ToList();
                Assert.IsTrue(blockA.All(t => !t.Exploring), "seed " + seed + ": no re-exploration while the route does not grow");
                int firstRewarded = blockB.FindIndex(t => t.Record.ReachedGoal);
                Console.WriteLine("seed " + seed + ": " + string.Join(" ", trials.Select(t => t.Record.Steps + (t.Exploring ? "x" : ""))));
                Assert.IsTrue(firstRewarded >= 0 && firstRewarded < 4, "seed " + seed + ": B is solved early");
                for (int i = firstRewarded + 1; i <= firstRewarded + 3; i++)
                {
                    Assert.IsTrue(blockB[i].Exploring, "seed " + seed + ": B trial " + (i + 1) + " re-explores");
                }
                Assert.IsFalse(blockB[firstRewarded + 4].Exploring, "seed " + seed + ": exploration ends after ReexploreTrials");
                Assert.IsTrue(blockB.Last().Record.ReachedGoal && blockB.Last().Record.Steps <= 2 * blockB[0].Record.OptimalSteps,
                    "seed " + seed + ": B converges after re-exploring");
                Assert.IsTrue(trials.Where(t => t.Record.Block == 3).All(t => !t.Exploring),
                    "seed " + seed + ": back in A the route shrinks (a door reopens): no re-exploration");
            }
            Assert.IsTrue(checkedSeeds >= 4, checkedSeeds + " seeds learned A's short route first");
        }

        [TestMethod]
        public void Off_NeverReexplores()
        {
            for (uint seed = 1; seed <= 4; seed++)
            {
                Assert.IsTrue(Run(seed, 0).All(t => !t.Exploring), "seed " + seed);
            }
        }
    }
}
