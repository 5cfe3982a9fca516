using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Sweep;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Faults;

namespace ReRamNav.Tests.Faults
{
    /// <summary>
    /// Faults on the default experiment (built-in A -> B -> A, 60 trials per block, 600-step cap), scored with the
    /// accuracy of docs/algorithm.md §5 (second half of every block reaches the goal within the cap): stuck cells,
    /// cells that stop switching, and a board reset in the middle of the run.
    /// </summary>
    [TestClass]
    public class DefaultExperimentFaultTests
    {
        private const int TrialsPerBlock = 60;

        private sealed class Collector : ITrialObserver
        {
            public readonly List<TrialRecord> Records = new List<TrialRecord>();
            public void OnTrial(TrialRecord record) => Records.Add(record);
        }

        private static List<TrialRecord> Run(uint seed, FaultConfig faults, out VirtualBoard board, out FaultInjector injector)
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            board = new VirtualBoard(new VirtualBoardConfig { Rows = a.Rows, Cols = a.Cols, Seed = seed });
            injector = new FaultInjector(board, faults);
            var driver = new ReRamBoard(injector.Bus, injector.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            var agent = new PlaceCellAgent(driver, AgentParameters.PaperDefaults());
            agent.InitialiseNetwork(seed * 7919u + 17u);
            var collector = new Collector();
            new ExperimentRunner(driver, agent, collector) { MaxStepsPerTrial = 600 }.Run(new[]
            {
                new ExperimentBlock(a, TrialsPerBlock, a.StartRow, a.StartCol),
                new ExperimentBlock(b, TrialsPerBlock, a.StartRow, a.StartCol),
                new ExperimentBlock(a, TrialsPerBlock, a.StartRow, a.StartCol),
            });
            return collector.Records;
        }

        private static double Accuracy(IEnumerable<TrialRecord> records)
        {
            var scored = records.Where(r => Table1Sweep.IsScored(r, TrialsPerBlock)).ToList();
            return scored.Count(r => r.ReachedGoal) / (double)scored.Count;
        }

        [TestMethod]
        public void TenPercentStuckCells_DefaultExperiment_AccuracyAtLeast95Percent()
        {
            // Issue #4: with 10 % stuck cells (5 % at LRS, 5 % at HRS) the agent still reaches >= 95 % accuracy
            // on the default experiment. Two seeds, each with its own fault map.
            var all = new List<TrialRecord>();
            foreach (uint seed in new uint[] { 1, 2 })
            {
                var records = Run(seed, new FaultConfig { Seed = seed, StuckAtLrsFraction = 0.05f, StuckAtHrsFraction = 0.05f }, out var board, out _);
                int stuck = board.Array.CountFaults(ArrayFaultKind.StuckAtLrs) + board.Array.CountFaults(ArrayFaultKind.StuckAtHrs);
                Assert.AreEqual(0.10 * board.Array.DeviceCount, stuck, 0.02 * board.Array.DeviceCount, "about 10 % of the devices are stuck");
                Console.WriteLine($"10 % stuck, seed {seed}: accuracy {Accuracy(records):P1} ({stuck} stuck devices of {board.Array.DeviceCount})");
                all.AddRange(records);
            }
            double accuracy = Accuracy(all);
            Console.WriteLine($"10 % stuck, seeds 1-2: accuracy {accuracy:P1}");
            Assert.IsTrue(accuracy >= 0.95, "accuracy " + accuracy);
        }

        [TestMethod]
        public void TenPercentCellsThatStopSwitching_DefaultExperiment_AccuracyReported()
        {
            // Cells that stop switching keep the conductance they had when the faults were applied (here: the
            // board's initial RESET, i.e. HRS) and ignore every pulse afterwards.
            var records = Run(3, new FaultConfig { Seed = 3, StopSwitchingFraction = 0.10f }, out var board, out _);
            long ignored = board.Array.PulsesIgnoredByFaults;
            double accuracy = Accuracy(records);
            Console.WriteLine($"10 % stopped switching, seed 3: accuracy {accuracy:P1}, pulses ignored {ignored}");
            Assert.IsTrue(ignored > 0, "pulses reached the dead cells and were ignored");
            Assert.IsTrue(accuracy >= 0.95, "accuracy " + accuracy);
        }

        [TestMethod]
        public void BoardResetMidRun_KeepsTheArray_AndTheRunHasTheSameOutcome()
        {
            // Fault injection item 3: the board resets (RESET line or brown-out) between two transactions, twice in
            // the run. ReRAM is non-volatile: the array keeps every conductance, so the agent carries on as if
            // nothing happened: every trial has the same steps, outcome and pulses as the clean run.
            var clean = Run(4, new FaultConfig(), out var cleanBoard, out _);
            // Two resets, a third and two thirds of the way through the clean run's commands.
            int commands = (int)cleanBoard.CommandsExecuted;
            var reset = Run(4, new FaultConfig { BoardResetBeforeCommands = new[] { commands / 3, 2 * commands / 3 } }, out var resetBoard, out var injector);
            Assert.AreEqual(2, injector.Bus.BoardResetsInjected);
            Assert.AreEqual(2, resetBoard.BoardResets);
            Assert.AreEqual(clean.Count, reset.Count);
            for (int i = 0; i < clean.Count; i++)
            {
                Assert.AreEqual(clean[i].Steps, reset[i].Steps, "trial " + (i + 1) + " steps");
                Assert.AreEqual(clean[i].ReachedGoal, reset[i].ReachedGoal);
                Assert.AreEqual(clean[i].Sets, reset[i].Sets);
                Assert.AreEqual(clean[i].Resets, reset[i].Resets);
            }
            for (int place = 0; place < cleanBoard.Array.PlaceCount; place++)
                for (int d = 0; d < 9; d++)
                    Assert.AreEqual(cleanBoard.Array.StoredNs(place, d), resetBoard.Array.StoredNs(place, d), "place " + place + " device " + d);
            Assert.IsTrue(resetBoard.CommandsExecuted < cleanBoard.CommandsExecuted, "the board's counters restarted at the reset");
        }

        [TestMethod]
        public void Reset_KeepsEveryConductance_AndClearsTheBoardState()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4, NeuronCount = 4, Seed = 9 });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            driver.AddSet(3, 2, 1500, 100, 1000);
            driver.CommitPulses();
            board.Neurons.SetThresholdMv(1, 900);
            var before = Enumerable.Range(0, 16 * 9).Select(i => board.Array.StoredNs(i / 9, i % 9)).ToArray();
            long executed = board.CommandsExecuted;
            Assert.IsTrue(executed > 0);
            board.Reset();
            CollectionAssert.AreEqual(before, Enumerable.Range(0, 16 * 9).Select(i => board.Array.StoredNs(i / 9, i % 9)).ToArray(), "non-volatile array");
            Assert.AreEqual(0, board.Neurons.ThresholdMv(1), "thresholds are 0 after RESET (protocol.md §7)");
            Assert.AreEqual(0, board.CommandsExecuted);
            Assert.IsTrue(board.IsReady);
            driver.Connect(); // the board answers as after power-on
            Assert.IsTrue(board.Array.StoredNs(3, 2) > 100000, "the SET survived the reset");
        }
    }
}
