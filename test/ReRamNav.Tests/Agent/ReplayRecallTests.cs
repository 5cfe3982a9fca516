using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.Agent
{
    /// <summary>What replay (TrailMode.ShortestExperienced + ReplanFailedRecalls) must give on the A -> B -> A experiment.</summary>
    [TestClass]
    public class ReplayRecallTests
    {
        private static List<TrialRecord> Run(uint seed, AgentParameters? p = null)
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            return ReRamNav.Cli.Simulation.MazeExperiment.Run(a, b, a.StartRow, a.StartCol, 20, 600, seed, p);
        }

        /// <summary>Trial of block 3 (back in A) from which every trial reaches the goal within 2x the shortest path; 21 if none.</summary>
        private static int ConvergedInBlock3(List<TrialRecord> records)
        {
            var block = records.Where(r => r.Block == 3).ToList();
            int t = block.Count;
            while (t > 0 && block[t - 1].ReachedGoal && block[t - 1].Steps <= 2 * block[t - 1].OptimalSteps) t--;
            return t + 1;
        }

        [TestMethod]
        public void BackInA_TheAgentRecallsByReplay_FromTheSecondTrial()
        {
            // The built-in layouts share no route (BuiltInMazesTests), so B's trail fails in A. Replay turns
            // that failure into A's route: measured block 3 convergence at trial 2 in 10 of 10 seeds; with
            // ReplanFailedRecalls = false in 3 of 10 (trials 2..19).
            int Recalled(AgentParameters? p) => Enumerable.Range(1, 10).Count(seed => ConvergedInBlock3(Run((uint)seed, p)) <= 2);
            var off = AgentParameters.PaperDefaults();
            off.ReplanFailedRecalls = false;
            int with = Recalled(null), without = Recalled(off);
            Assert.IsTrue(with >= 9, with + " of 10 seeds converge back in A by trial 2 with replay");
            Assert.IsTrue(without <= 6, without + " of 10 seeds do without replay: the control does not show what replay adds");
        }

        [TestMethod]
        public void ConvergedTrials_FollowTheShortestExperiencedRoute_CloseToTheShortestPath()
        {
            var records = Run(3);
            foreach (int block in new[] { 1, 2, 3 })
            {
                var last = records.Where(r => r.Block == block).Skip(10).ToList();
                Assert.IsTrue(last.All(r => r.ReachedGoal), "block " + block);
                double median = last.Select(r => r.Steps).OrderBy(s => s).ElementAt(last.Count / 2);
                // Replay keeps the shortest route through what was explored, which can be a route that
                // works in both layouts (measured 31-48 moves for shortest 31/37 over seeds 1-10).
                Assert.IsTrue(median <= 1.5 * last[0].OptimalSteps, "block " + block + ": median " + median + " steps vs shortest " + last[0].OptimalSteps);
            }
        }

        [TestMethod]
        public void OnlyOneTrailIsInTheArray_AfterManyRewardedTrials()
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            var bench = ReRamNav.Cli.Simulation.VirtualBench.Create(4, a.Rows, a.Cols);
            var agent = new PlaceCellAgent(bench.Driver, AgentParameters.PaperDefaults());
            agent.InitialiseNetwork(4);
            var runner = new ExperimentRunner(bench.Driver, agent, new ReRamNav.Cli.Simulation.MazeExperiment()) { MaxStepsPerTrial = 600 };
            runner.Run(new[] { new ExperimentBlock(a, 10, a.StartRow, a.StartCol), new ExperimentBlock(b, 10, a.StartRow, a.StartCol) });
            int trailPlaces = 0;
            for (int place = 0; place < a.Rows * a.Cols; place++)
            {
                if (bench.Board.Array.StoredNs(place, Payloads.StateDevice) <= agent.Parameters.TrailMaxNs) trailPlaces++;
            }
            int optimalB = ShortestPath.Moves(b, a.StartRow, a.StartCol);
            Assert.IsTrue(trailPlaces >= optimalB && trailPlaces <= optimalB * 13 / 10 + 2,
                trailPlaces + " trail places in the array; the last route in B is about " + (optimalB + 1) + " places");
        }
    }
}
