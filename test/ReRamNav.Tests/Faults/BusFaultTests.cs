using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Faults;

namespace ReRamNav.Tests.Faults
{
    /// <summary>
    /// SPI bit errors and stuck or dropped READY, injected by wrapping the virtual board's bus and READY line:
    /// the driver must recover by retrying, with the same outcome as without errors, and report a board that
    /// hangs as a typed BoardException (Timeout). Time is virtual: no wall-clock assertion anywhere.
    /// </summary>
    [TestClass]
    public class BusFaultTests
    {
        private sealed class NullBus : ISpiBus
        {
            public int ClockHz => 1000000;
            public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length) { for (int i = 0; i < length; i++) r[ro + i] = 0; }
        }

        [TestMethod]
        public void BitErrorRate_FlipsTheExpectedNumberOfBits_AndNeverTouchesTheCallersBuffer()
        {
            var bus = new FaultySpiBus(new NullBus(), new FaultConfig { Seed = 5, SpiBitErrorRate = 1e-3f });
            var tx = new byte[100];
            for (int i = 0; i < tx.Length; i++) tx[i] = (byte)i;
            var copy = (byte[])tx.Clone();
            var rx = new byte[100];
            long flippedMiso = 0;
            for (int k = 0; k < 2000; k++)
            {
                bus.TransferFullDuplex(tx, 0, rx, 0, 100);
                foreach (byte b in rx) flippedMiso += System.Numerics.BitOperations.PopCount(b);
            }
            CollectionAssert.AreEqual(copy, tx, "the caller's write buffer is not modified");
            double bits = 2.0 * 2000 * 800; // both lines
            Assert.AreEqual(1e-3 * bits, bus.BitsFlipped, 4 * Math.Sqrt(1e-3 * bits));
            Assert.AreEqual(1e-3 * bits / 2, flippedMiso, 4 * Math.Sqrt(1e-3 * bits / 2));
        }

        [TestMethod]
        public void FrameErrors_CorruptOneByteOfTheConfiguredFractionOfFrames()
        {
            var bus = new FaultySpiBus(new NullBus(), new FaultConfig { Seed = 6, SpiFrameErrorProbability = 0.2f });
            var rx = new byte[40];
            int corrupted = 0;
            for (int k = 0; k < 5000; k++)
            {
                bus.TransferFullDuplex(new byte[40], 0, rx, 0, 40); // response reads (no command sync)
                int ones = rx.Sum(b => System.Numerics.BitOperations.PopCount(b));
                Assert.IsTrue(ones <= 1, "one bit of one byte");
                corrupted += ones;
            }
            Assert.AreEqual(1000, corrupted, 4 * Math.Sqrt(5000 * 0.2 * 0.8));
        }

        private static ReRamBoard Driver(VirtualBoard board, ISpiBus bus, IDigitalInput ready) => new ReRamBoard(bus, ready, board.Clock, SafetyLimits.SiOxDefaults());

        private static int[] RunPulsesAndReads(bool faulty, bool corruptCommands, out DriverCounters counters, out FaultInjector injector)
            => RunPulsesAndReads(faulty, corruptCommands, out counters, out injector, out _);

        private static int[] RunPulsesAndReads(bool faulty, bool corruptCommands, out DriverCounters counters, out FaultInjector injector, out VirtualBoard virtualBoard)
        {
                var board = new VirtualBoard(new VirtualBoardConfig { Rows = 5, Cols = 5, Seed = 12 });
                injector = new FaultInjector(board, new FaultConfig { Seed = 3, SpiFrameErrorProbability = faulty ? 0.15f : 0f, CorruptCommands = corruptCommands });
                var driver = Driver(board, injector.Bus, injector.Ready);
                driver.MaxAttempts = 8;
                driver.Connect();
                var results = new List<int>();
                var values = new int[17];
                for (int i = 0; i < 300; i++)
                {
                    driver.AddSet(i % 25, i % 9, 1500, 50 + i % 120, 1000);
                    driver.AddReset((i + 7) % 25, (i + 3) % 9, 1000 + i % 600, 1000);
                    driver.CommitPulses();
                    driver.ReadNeighbourhood(i % 25, 200, 1, values);
                    results.AddRange(values);
                }
                counters = driver.Counters;
                virtualBoard = board;
                return results.ToArray();
        }

        [TestMethod]
        public void CorruptedResponses_AreRecoveredByRetries_WithTheSameResultsAsACleanBus()
        {
            int[] clean = RunPulsesAndReads(false, false, out var cleanCounters, out _);
            int[] noisy = RunPulsesAndReads(true, false, out var counters, out var faults);
            CollectionAssert.AreEqual(clean, noisy, "same reads: no pulse applied twice, no read re-drawn");
            Assert.AreEqual(0, cleanCounters.Retries);
            Assert.IsTrue(counters.Retries > 50, "retries " + counters.Retries);
            Assert.AreEqual(counters.Retries, counters.CorruptResponses);
            Assert.IsTrue(faults.Bus.TransfersCorrupted > 0);
        }

        [TestMethod]
        public void CorruptedCommands_AreRecoveredByRetries_WithTheSameResultsAsACleanBus()
        {
            // A bit flip in a command (MOSI) is caught by the board's frame check (BAD_SYNC, BAD_LENGTH or BAD_CRC):
            // it executes nothing and the driver resends the same frame with the same sequence number.
            int[] clean = RunPulsesAndReads(false, true, out _, out _, out var cleanBoard);
            int[] noisy = RunPulsesAndReads(true, true, out var counters, out _, out var noisyBoard);
            CollectionAssert.AreEqual(clean, noisy, "same reads: no corrupted frame executed, no pulse applied twice");
            Assert.IsTrue(counters.Nacks > 0 && counters.CorruptResponses > 0, "nacks " + counters.Nacks + ", corrupt responses " + counters.CorruptResponses);
            Assert.IsTrue(noisyBoard.CrcErrors + noisyBoard.FramingErrors > 0, "the board saw corrupted commands");
            Assert.AreEqual(600, cleanBoard.Array.PulsesApplied);
            Assert.AreEqual(cleanBoard.Array.PulsesApplied, noisyBoard.Array.PulsesApplied, "every pulse applied exactly once");
        }

        private sealed class Collector : ITrialObserver
        {
            public readonly List<TrialRecord> Records = new List<TrialRecord>();
            public void OnTrial(TrialRecord record) => Records.Add(record);
        }

        private static List<TrialRecord> Experiment(float bitErrorRate, int maxAttempts, out FaultInjector injector)
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = a.Rows, Cols = a.Cols, Seed = 5 });
            // MISO only: at this BER a full PULSE_LIST on MOSI rarely gets through (see below); corrupted commands are
            // covered by CorruptedCommands_AreRecoveredByRetries_WithTheSameResultsAsACleanBus.
            injector = new FaultInjector(board, new FaultConfig { Seed = 5, SpiBitErrorRate = bitErrorRate, CorruptCommands = false });
            var driver = Driver(board, injector.Bus, injector.Ready);
            driver.MaxAttempts = maxAttempts;
            driver.Connect();
            var agent = new PlaceCellAgent(driver, AgentParameters.PaperDefaults());
            agent.InitialiseNetwork(5);
            var collector = new Collector();
            new ExperimentRunner(driver, agent, collector) { MaxStepsPerTrial = 600 }.Run(new[]
            {
                new ExperimentBlock(a, 8, a.StartRow, a.StartCol), new ExperimentBlock(b, 8, b.StartRow, b.StartCol),
            });
            return collector.Records;
        }

        [TestMethod]
        public void Experiment_WithBitErrors_HasTheSameOutcome_AndTheCountersShowTheRetries()
        {
            // Issue #4: with SPI BER 1e-3 the experiment completes with the same outcome as without errors.
            // At 1e-3 about 45 % of the 75-byte READ_NEIGHBOURHOOD responses are hit, so the driver needs more
            // than its default 4 attempts (0.45^4 = 4 % of steps would fail); with 12 attempts a step fails with
            // probability ~7e-5, and this seeded run has none. (On MOSI, a full 85-pulse PULSE_LIST of ~8 kbit
            // would almost never get through at 1e-3: see the report.)
            var clean = Experiment(0f, 12, out _);
            var noisy = Experiment(1e-3f, 12, out var faults);
            Assert.AreEqual(clean.Count, noisy.Count);
            for (int i = 0; i < clean.Count; i++)
            {
                Assert.AreEqual(clean[i].Steps, noisy[i].Steps, "trial " + (i + 1) + " steps");
                Assert.AreEqual(clean[i].ReachedGoal, noisy[i].ReachedGoal);
                Assert.AreEqual(clean[i].Sets, noisy[i].Sets);
            }
            long retries = noisy.Sum(r => r.Retries);
            Console.WriteLine("BER 1e-3: " + retries + " retries over " + noisy.Sum(r => r.SpiTransactions) + " transactions, " + faults.Bus.BitsFlipped + " bits flipped");
            Assert.AreEqual(0, clean.Sum(r => r.Retries));
            Assert.IsTrue(retries > 100);
        }

        [TestMethod]
        public void StuckReady_IsReportedAsATypedTimeout_NotAHang()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4 });
            var faults = new FaultInjector(board, new FaultConfig());
            var driver = Driver(board, faults.Bus, faults.Ready);
            driver.Connect();
            faults.Ready.StuckBusy = true;
            long startUs = board.Clock.NowUs;
            var e = Assert.ThrowsExactly<BoardException>(() => driver.ReadNeighbourhood(5, 200, 1, new int[17]));
            Assert.AreEqual(BoardErrorKind.Timeout, e.Kind, e.Message);
            Assert.AreEqual(driver.MaxAttempts, driver.Counters.Timeouts);
            Assert.AreEqual(driver.MaxAttempts - 1, driver.Counters.Retries);
            long virtualUs = board.Clock.NowUs - startUs;
            Assert.IsTrue(virtualUs >= (long)driver.MaxAttempts * driver.ReadyTimeoutUs, "waited the timeout each attempt (virtual time " + virtualUs + " µs)");
            faults.Ready.StuckBusy = false;
            driver.ReadNeighbourhood(5, 200, 1, new int[17]); // the board is usable again once READY is released
        }

        [TestMethod]
        public void ReadyStuckFromTheStart_MakesConnectFail_WithATypedError()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4 });
            var faults = new FaultInjector(board, new FaultConfig { ReadyStuckBusy = true });
            var driver = Driver(board, faults.Bus, faults.Ready);
            var e = Assert.ThrowsExactly<BoardException>(() => driver.Connect());
            Assert.AreEqual(BoardErrorKind.UnsupportedBoard, e.Kind, "the driver reports an unreadable IDENT");
            StringAssert.Contains(e.Message, "READY");
            Assert.AreEqual(driver.MaxAttempts, driver.Counters.Timeouts);
        }

        [TestMethod]
        public void DroppedReady_IsRecoveredByRetries_WithoutDoublePulses()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4, Seed = 2 });
            var faults = new FaultInjector(board, new FaultConfig { Seed = 8, ReadyDropProbability = 0.2f });
            var driver = Driver(board, faults.Bus, faults.Ready);
            driver.MaxAttempts = 8;
            driver.Connect();
            for (int i = 0; i < 100; i++)
            {
                driver.AddSet(i % 16, i % 9, 1500, 100, 1000);
                driver.CommitPulses();
            }
            Assert.IsTrue(faults.Ready.ReadyDrops > 5, "drops " + faults.Ready.ReadyDrops);
            Assert.AreEqual(faults.Ready.ReadyDrops, driver.Counters.Timeouts);
            Assert.AreEqual(100, driver.Counters.Sets);
            Assert.AreEqual(100, board.Array.PulsesApplied, "each PULSE_LIST executed once: retries were replayed");
        }
    }
}
