using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Agent
{
    /// <summary>The whole A -> B -> A experiment on the virtual board, through the driver and the SPI protocol.</summary>
    [TestClass]
    public class ExperimentEndToEndTests
    {
        private sealed class Collector : ITrialObserver
        {
            public readonly List<TrialRecord> Records = new List<TrialRecord>();
            public void OnTrial(TrialRecord record) => Records.Add(record);
        }

        /// <summary>The CLI's own experiment path (reramnav demo): virtual board, real driver, SPI protocol.</summary>
        private static List<TrialRecord> Run(uint seed, int trialsPerBlock)
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            return ReRamNav.Cli.Simulation.MazeExperiment.Run(a, b, a.StartRow, a.StartCol, trialsPerBlock, 600, seed);
        }

        [TestMethod]
        public void FixedSeed_LearnsA_RelearnsB_AndRecallsA()
        {
            var records = Run(7, 40);
            Assert.AreEqual(120, records.Count);
            for (int block = 1; block <= 3; block++)
            {
                var trials = records.Where(r => r.Block == block).ToList();
                var last10 = trials.Skip(30).ToList();
                Assert.IsTrue(last10.All(r => r.ReachedGoal), "block " + block + ": every one of the last 10 trials reaches the goal");
                double medianLast = last10.Select(r => r.Steps).OrderBy(s => s).ElementAt(5);
                Assert.IsTrue(medianLast <= 2 * trials[0].OptimalSteps,
                    "block " + block + ": median steps of the last 10 trials " + medianLast + " > 2 x shortest " + trials[0].OptimalSteps);
            }
            // Learning, not luck: the first trial wanders, the learned path is much shorter.
            int firstTrial = records[0].Steps;
            double learned = records.Where(r => r.Block == 1).Skip(30).Select(r => r.Steps).OrderBy(s => s).ElementAt(5);
            Assert.IsTrue(firstTrial > 3 * learned, "block 1 learns: first trial " + firstTrial + " steps -> median " + learned + " at the end");
            // Recall: back in A, the first trials are already near the learned path (paper: 13 vs 33 trials).
            Assert.IsTrue(records.Where(r => r.Block == 3).Take(3).All(r => r.ReachedGoal), "A is recalled from the first trials of block 3");
        }

        [TestMethod]
        public void Records_CountTheHardwareCost()
        {
            var records = Run(3, 10);
            foreach (var r in records)
            {
                Assert.IsTrue(r.Steps >= 1 && r.Steps <= 600);
                Assert.IsTrue(r.Reads >= 9L * r.Steps, "every step reads at least 9 devices");
                Assert.IsTrue(r.SpiTransactions >= r.Steps && r.SpiTransactions <= 2L * r.Steps + 20, "one read and at most one write per step (+ trial-end writes)");
                Assert.IsTrue(r.SpiBytes > 0 && r.TimeUs > 0 && r.EnergyPj > 0);
                Assert.AreEqual(0, r.Retries);
                Assert.IsTrue(r.OptimalSteps > 0);
            }
            Assert.AreEqual("A", records[0].Layout);
            Assert.AreEqual("B", records[10].Layout);
        }

        [TestMethod]
        public void SameSeed_SameRecords()
        {
            string Key(List<TrialRecord> rs) => string.Join(";", rs.Select(r => r.Steps + "/" + r.SpiBytes + "/" + r.EnergyPj + "/" + r.TimeUs));
            Assert.AreEqual(Key(Run(5, 8)), Key(Run(5, 8)));
        }
    }
}
