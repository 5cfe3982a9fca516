using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Reproduce;

namespace ReRamNav.Tests.Mars
{
    /// <summary>Fig. 5g (a rover on the array another rover has learned) and Fig. 5b (paths of chosen trials).</summary>
    [TestClass]
    public class RoverTransferTests
    {
        [TestMethod]
        public void ARoverOnTheLearnedArrayStartsWhereTheFirstOneEnded()
        {
            var mission = RoverLearningTests.SmallMission();
            var settings = RoverSettings.Default with { Trials = 8, MaxSteps = 400 };
            var p = MarsExperiment.RoverParameters(settings.MaxSteps);
            p.ExplorationTrials = 3;
            var (scratch, transfer) = RoverTransfer.Run(mission, settings, 7, p);
            Assert.AreEqual(8, scratch.Count);
            Assert.AreEqual(8, transfer.Count);
            Assert.IsTrue(transfer[0].ReachedGoal, "the first trial on the learned array reaches the goal");
            Assert.IsTrue(transfer[0].Steps < scratch[0].Steps, $"first trial on the learned array {transfer[0].Steps} vs from scratch {scratch[0].Steps}");
            Assert.IsTrue(transfer.Average(r => r.Steps) < scratch.Average(r => r.Steps));
        }

        [TestMethod]
        public void TrajectoriesAreConnectedPathsFromStartToGoal()
        {
            var mission = RoverLearningTests.SmallMission();
            var settings = RoverSettings.Default with { Trials = 6, MaxSteps = 400 };
            var p = MarsExperiment.RoverParameters(settings.MaxSteps);
            p.ExplorationTrials = 2;
            var records = MarsExperiment.Run(mission, settings, 7, p);
            p = MarsExperiment.RoverParameters(settings.MaxSteps);
            p.ExplorationTrials = 2;
            var paths = RoverTrajectories.Run(mission, settings, 7, p, new[] { 1, 6 });
            CollectionAssert.AreEquivalent(new[] { 1, 6 }, paths.Keys.ToArray());
            foreach (var (trial, path) in paths)
            {
                Assert.AreEqual((mission.StartRow, mission.StartCol), path[0], $"trial {trial} starts at the start");
                for (int i = 1; i < path.Length; i++)
                    Assert.IsTrue(Math.Abs(path[i].Row - path[i - 1].Row) <= 1 && Math.Abs(path[i].Col - path[i - 1].Col) <= 1, $"trial {trial}: one move at a time");
                if (records[trial - 1].ReachedGoal)
                    Assert.AreEqual((mission.GoalRow, mission.GoalCol), path[^1], $"trial {trial} ends on the goal");
            }
            Assert.AreEqual(new[] { 1, 30, 42, 56, 70, 85, 95 }.Length, RoverTrajectories.TrialsToDraw(95).Length);
            CollectionAssert.AreEqual(new[] { 1, 10 }, RoverTrajectories.TrialsToDraw(10));
        }
    }
}
