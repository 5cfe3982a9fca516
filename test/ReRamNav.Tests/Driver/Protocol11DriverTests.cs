using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Driver
{
    /// <summary>The protocol 1.1 operations through the whole stack: driver → SPI bytes → virtual board.</summary>
    [TestClass]
    public class Protocol11DriverTests
    {
        private static (VirtualBoard board, ReRamBoard driver, RecordingBus bus) Bench(VirtualBoardConfig config = null)
        {
            var board = new VirtualBoard(config ?? new VirtualBoardConfig { Rows = 6, Cols = 5, Seed = 3, NeuronCount = 8 });
            var bus = new RecordingBus(board);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            return (board, driver, bus);
        }

        [TestMethod]
        public void Status_CountsErrorsByClass_AndPulses()
        {
            var (board, driver, _) = Bench();
            driver.AddSet(1, 1, 1500, 100, 1000);
            driver.AddReset(1, 2, 1400, 1000);
            driver.CommitPulses();
            driver.ReadCell(1, 1, 200, 3);
            // A limit the board has but the driver does not know (forged frame past the driver).
            var bad = Protocol.BoardFeeder.Command(Opcode.ReadCells, 0x77, 0xE8, 0x03, 1, 1, 0, 0, 0); // 1000 mV read
            Protocol.BoardFeeder.Exchange(board, bad);
            var status = new BoardStatus();
            driver.ReadStatus(status);
            Assert.AreEqual(2u, status.PulseCount);
            Assert.AreEqual(3u, status.ReadSampleCount);
            Assert.AreEqual(1u, status.LimitErrors);
            Assert.AreEqual(1u, status.CommandsRejected);
            Assert.AreEqual(StatusCode.LimitExceeded, status.LastErrorStatus);
            Assert.AreEqual(Opcode.ReadCells, status.LastErrorOpcode);
            Assert.AreEqual(0x77, status.LastErrorSequence);
            Assert.IsTrue(status.IsSafeIdle);
            Assert.AreEqual(4u, status.CommandsExecuted, "IDENT, PULSE_LIST, READ_CELLS and this STATUS: " + status);
        }

        [TestMethod]
        public void ReadBlock_ReturnsPlaceMajorValues_ThatMatchSingleReads()
        {
            var config = new VirtualBoardConfig { Rows = 6, Cols = 5, Seed = 3, Device = DeviceModelParameters.Ideal() };
            var (board, driver, _) = Bench(config);
            driver.AddSet(6, 8, 1500, 170, 1000);
            driver.AddSet(7, 0, 1500, 60, 1000);
            driver.CommitPulses();
            var values = new int[256];
            int n = driver.ReadBlock(5, 5, (1 << 0) | (1 << 8), 200, 4, values); // row 1, devices 0 and 8
            Assert.AreEqual(10, n);
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(board.Array.StoredNs(5 + i, 0), values[2 * i]);
                Assert.AreEqual(board.Array.StoredNs(5 + i, 8), values[2 * i + 1]);
            }
            Assert.IsTrue(values[3] > values[4], "place 6 state device in LRS, place 7 device 0 SET lower");
            var e = Assert.ThrowsExactly<BoardException>(() => driver.ReadBlock(0, 30, 0x1FF, 200, 1, values));
            Assert.AreEqual(BoardErrorKind.BadArgument, e.Kind, "270 values exceed one transaction");
        }

        [TestMethod]
        public void ReadBlock_AveragesSamples_ReducingReadNoise()
        {
            var device = DeviceModelParameters.PaperSiOx1T1R();
            var (board, driver, _) = Bench(new VirtualBoardConfig { Rows = 2, Cols = 2, Seed = 9, Device = device });
            var one = new int[256];
            var many = new int[256];
            double errOne = 0, errMany = 0;
            for (int k = 0; k < 40; k++)
            {
                driver.ReadBlock(0, 4, 0x1FF, 200, 1, one);
                driver.ReadBlock(0, 4, 0x1FF, 200, 64, many);
                for (int i = 0; i < 36; i++)
                {
                    double stored = board.Array.StoredNs(i / 9, i % 9);
                    errOne += System.Math.Abs(one[i] - stored);
                    errMany += System.Math.Abs(many[i] - stored);
                }
            }
            Assert.IsTrue(errMany < errOne / 3, "64-sample mean error " + errMany + " vs single " + errOne);
        }

        [TestMethod]
        public void Abort_StopsARunningPulseList_BetweenPulses()
        {
            var (board, driver, _) = Bench(new VirtualBoardConfig { Rows = 4, Cols = 4, Device = DeviceModelParameters.Ideal() });
            int before = board.Array.StoredNs(3, 0);
            // Send a long list by hand so that the driver does not wait for it.
            var list = Protocol.BoardFeeder.Command(Opcode.PulseList, 0x40, 4, 0,
                1, 0, 1, 0, 0xDC, 0x05, 100, 0, 0xA0, 0x86, 0x01, 0,
                1, 0, 2, 0, 0xDC, 0x05, 100, 0, 0xA0, 0x86, 0x01, 0,
                1, 0, 3, 0, 0xDC, 0x05, 100, 0, 0xA0, 0x86, 0x01, 0,
                1, 0, 4, 0, 0xDC, 0x05, 100, 0, 0xA0, 0x86, 0x01, 0);
            board.TransferFullDuplex(list, 0, new byte[list.Length], 0, list.Length);
            board.Clock.DelayUs(250);
            Assert.IsTrue(board.JobRunning);
            int completed = driver.Abort();
            Assert.AreEqual(2, completed);
            Assert.AreEqual(Opcode.PulseList, driver.LastAbortedOpcode);
            Assert.AreEqual(0x40, driver.LastAbortedSequence);
            Assert.IsTrue(board.Array.StoredNs(1, 0) > 50000 && board.Array.StoredNs(2, 0) > 50000, "the two completed SETs applied");
            Assert.AreEqual(before, board.Array.StoredNs(3, 0), "the pulse in flight is not applied");
            board.Clock.DelayUs(1000);
            Assert.AreEqual(before, board.Array.StoredNs(4, 0), "nothing runs after ABORT");
            var status = new BoardStatus();
            driver.ReadStatus(status);
            Assert.IsTrue(status.LastWasAborted);
            Assert.AreEqual(1u, status.Aborts);
        }

        [TestMethod]
        public void WriteTimeout_SendsAbort_AndReportsATypedTimeout()
        {
            var (board, _, bus) = Bench(new VirtualBoardConfig { Rows = 4, Cols = 4 });
            var ready = new StuckReady();
            var d2 = new ReRamBoard(bus, ready, board.Clock, SafetyLimits.SiOxDefaults());
            d2.Connect();
            d2.ReadyTimeoutUs = 50;
            d2.MaxAttempts = 2;
            ready.Stuck = true;
            d2.AddSet(0, 0, 1500, 100, 1000);
            var e = Assert.ThrowsExactly<BoardException>(() => d2.CommitPulses());
            Assert.AreEqual(BoardErrorKind.Timeout, e.Kind);
            StringAssert.Contains(e.Message, "ABORT sent");
            Assert.AreEqual(Opcode.Abort, bus.Commands[bus.Commands.Count - 1][FrameLayout.OffsetOpcodeOrStatus]);
            Assert.AreEqual(1, d2.Counters.Aborts);
        }

        [TestMethod]
        public void V10Board_StillWorks_AndNewOperationsAreRefusedBeforeSending()
        {
            var config = new VirtualBoardConfig { Rows = 4, Cols = 4, ProtocolMinor = 0, Capabilities = Capability.AllVersion10 };
            var (_, driver, bus) = Bench(config);
            Assert.AreEqual(0, driver.Identity.ProtocolMinor);
            driver.ReadNeighbourhood(5, 200, 1, new int[17]);
            driver.AddSet(5, 0, 1500, 100, 1000);
            driver.CommitPulses();
            int sent = bus.Commands.Count;
            Assert.AreEqual(BoardErrorKind.NotSupported, Assert.ThrowsExactly<BoardException>(() => driver.ReadStatus(new BoardStatus())).Kind);
            Assert.AreEqual(BoardErrorKind.NotSupported, Assert.ThrowsExactly<BoardException>(() => driver.Abort()).Kind);
            Assert.AreEqual(BoardErrorKind.NotSupported, Assert.ThrowsExactly<BoardException>(() => driver.ReadBlock(0, 1, 1, 200, 1, new int[9])).Kind);
            var batch = new ProgramVerifyBatch(1);
            batch.Add(0, 0, 80000, 120000);
            Assert.AreEqual(BoardErrorKind.NotSupported, Assert.ThrowsExactly<BoardException>(() => driver.ProgramVerifyOnBoard(batch, new ProgramVerifyParameters())).Kind);
            Assert.AreEqual(sent, bus.Commands.Count, "nothing sent");
        }

        [TestMethod]
        public void Neurons_FirstToFireIsTheStrongestInput_WithTheClosedFormTime()
        {
            var (board, driver, _) = Bench(new VirtualBoardConfig { Rows = 4, Cols = 4, NeuronCount = 4, Device = DeviceModelParameters.Ideal() });
            driver.AddSet(0, 0, 1500, 60, 1000);
            driver.AddSet(0, 1, 1500, 170, 1000);
            driver.CommitPulses();
            driver.LoadNeuronThresholds(0, 4, new[] { 1000, 1000, 1000, 0 }, 0);
            int winner = driver.IntegrateNeurons(new[] { 0, 1, 3 }, new[] { 0, 0, 0 }, new[] { 0, 1, 1 }, 3, 200, 1000000);
            Assert.AreEqual(1, winner, "neuron 1 has the 170 µA synapse; neuron 3 is disabled");
            long expected = (1000L * 33000 * 1000 + 200L * board.Array.StoredNs(0, 1) - 1) / (200L * board.Array.StoredNs(0, 1));
            Assert.AreEqual(expected, driver.LastIntegrationTimeNs);
            Assert.IsTrue(driver.LastIntegrationTimeNs > 500 && driver.LastIntegrationTimeNs < 3000, "about a µs, as the paper");
            driver.LoadNeuronThresholds(0, 2, new[] { 0, 0 }, 0);
            Assert.AreEqual(-1, driver.IntegrateNeurons(new[] { 0, 1 }, new[] { 0, 0 }, new[] { 0, 1 }, 2, 200, 5000));
            Assert.AreEqual(5000, driver.LastIntegrationTimeNs);
            Assert.AreEqual(BoardErrorKind.LimitRefused,
                Assert.ThrowsExactly<BoardException>(() => driver.IntegrateNeurons(new[] { 0 }, new[] { 0 }, new[] { 0 }, 1, 900, 5000)).Kind);
        }

        [TestMethod]
        public void NoNeuronBoard_DoesNotAnnounceTheBank()
        {
            var (_, driver, _) = Bench(new VirtualBoardConfig { Rows = 4, Cols = 4, NeuronCount = 0 });
            Assert.IsFalse(driver.Identity.Has(Capability.NeuronBank));
            Assert.AreEqual(BoardErrorKind.NotSupported,
                Assert.ThrowsExactly<BoardException>(() => driver.LoadNeuronThresholds(0, 1, new[] { 100 }, 0)).Kind);
        }

        private sealed class StuckReady : Drivers.Hal.IDigitalInput
        {
            public bool Stuck;
            public bool Read() => !Stuck;
        }
    }
}
