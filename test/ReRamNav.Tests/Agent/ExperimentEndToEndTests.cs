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

        private static List<TrialRecord> Run(uint seed, int trialsPerBlock)
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = a.Rows, Cols = a.Cols, Seed = seed });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            var agent = new PlaceCellAgent(driver, AgentParameters.PaperDefaults());
            agent.InitialiseNetwork(seed);
            var collector = new Collector();
            var runner = new ExperimentRunner(driver, agent, collector) { MaxStepsPerTrial = 600 };
            runner.Run(new[]
            {
                new ExperimentBlock(a, trialsPerBlock, a.StartRow, a.StartCol),
                new ExperimentBlock(b, trialsPerBlock, b.StartRow, b.StartCol),
                new ExperimentBlock(a, trialsPerBlock, a.StartRow, a.StartCol),
            });
            return collector.Records;
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
            var first = records.Where(r => r.Block == 1).Take(3).Average(r => r.Steps);
            var learned = records.Where(r => r.Block == 1).Skip(30).Average(r => r.Steps);
            Assert.IsTrue(learned < first / 2, "block 1 learns: " + first + " -> " + learned + " steps");
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
