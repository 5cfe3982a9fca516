using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Reproduce;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Tests.Mars
{
    [TestClass]
    public class RoverLearningTests
    {
        internal static TerrainMission SmallMission()
        {
            var map = SyntheticTerrain.Generate("synthetic-32", 32, 32, 3);
            return new TerrainMission(map, TerrainCostModel.PaperDefaults(),
                SyntheticTerrain.StartRowFor(32), SyntheticTerrain.StartColFor(32), SyntheticTerrain.GoalRowFor(32), SyntheticTerrain.GoalColFor(32));
        }

        [TestMethod]
        public void SyntheticTerrainIsDeterministicAndCrossable()
        {
            var a = SyntheticTerrain.Generate("x", 32, 32, 3);
            var b = SyntheticTerrain.Generate("x", 32, 32, 3);
            for (int r = 0; r < 32; r++)
                for (int c = 0; c < 32; c++)
                    Assert.AreEqual(a.ElevationCentiAt(r, c), b.ElevationCentiAt(r, c));
            var mission = SmallMission();
            Assert.IsTrue(mission.ShortestMoves > 0);
            Assert.IsTrue(mission.ImpassableCount > 0, "the canyon and crater floors are impassable");
            var big = SyntheticTerrain.Default();
            Assert.AreEqual(128, big.Rows);
            Assert.IsTrue(new TerrainMission(big, TerrainCostModel.PaperDefaults(), 79, 11, 59, 108).ShortestMoves > 0);
        }

        [TestMethod]
        public void RoverTakesFewerStepsAtTheEndThanAtTheStart()
        {
            var mission = SmallMission();
            var settings = RoverSettings.Default with { Trials = 12, MaxSteps = 400 };
            var p = MarsExperiment.RoverParameters(settings.MaxSteps);
            p.ExplorationTrials = 4;
            var records = MarsExperiment.Run(mission, settings, 7, p);
            Assert.AreEqual(12, records.Count);
            var last = records[^1];
            Assert.IsTrue(last.ReachedGoal, "the last trial reaches the goal");
            double firstSteps = records.Take(4).Average(r => r.Steps);
            Assert.IsTrue(last.Steps < firstSteps, $"last {last.Steps} vs first trials' mean {firstSteps}");
            Assert.IsTrue(last.Steps <= 3 * mission.ShortestMoves, $"last {last.Steps} vs shortest {mission.ShortestMoves}");
        }
    }
}
