using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Baselines;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.Baselines
{
    [TestClass]
    public class QLearningTests
    {
        private const string Small = "#######\n#S....#\n#.###.#\n#....G#\n#######\n";

        [TestMethod]
        public void QLearningLearnsASmallMaze()
        {
            var maze = MazeParser.Parse(Small, "small");
            var learner = new QLearning(maze.Rows, maze.Cols, 1);
            var records = BaselineExperiment.Run(learner, new[] { new ExperimentBlock(maze, 80, 1, 1) }, 200);
            Assert.AreEqual(5, records[0].OptimalSteps);
            var last = records.Skip(60).ToList();
            Assert.IsTrue(last.All(r => r.ReachedGoal), "every one of the last 20 trials reaches the goal");
            double median = last.Select(r => r.Steps).OrderBy(x => x).ElementAt(10);
            Assert.IsTrue(median <= 10, "median steps of the last 20 trials: " + median);
            Assert.IsTrue(records.Take(5).Average(r => r.Steps) > median, "it started slower than it ended");
            Assert.AreEqual(maze.Rows * maze.Cols * 8, learner.MemoryElements);
        }

        [TestMethod]
        public void WallsArePenalisedAndTheGoalEndsTheTrial()
        {
            var maze = MazeParser.Parse(Small, "small");
            var bump = GridWorld.Step(maze, 1, 1, Direction.N);
            Assert.IsTrue(bump.Bumped);
            Assert.AreEqual(GridWorld.WallPenalty, bump.Reward);
            Assert.AreEqual((1, 1), (bump.Row, bump.Col));
            var goal = GridWorld.Step(maze, 2, 5, Direction.S);
            Assert.IsTrue(goal.Done);
            Assert.AreEqual(GridWorld.GoalReward, goal.Reward);
        }

        [TestMethod]
        public void DqnRunsAndCountsItsElements()
        {
            var maze = MazeParser.Parse(Small, "small");
            var dqn = new DeepQNetwork(maze.Rows, maze.Cols, 1);
            var records = BaselineExperiment.Run(dqn, new[] { new ExperimentBlock(maze, 5, 1, 1) }, 100);
            Assert.AreEqual(5, records.Count);
            Assert.AreEqual(DeepQNetwork.ElementsFor(35), dqn.MemoryElements);
            Assert.AreEqual(2 * (64L * 400 + 64 + 64 * 64 + 64 + 64 * 8 + 8) + 40000, DeepQNetwork.ElementsFor(400));
        }
    }
}
