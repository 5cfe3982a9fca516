using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Driver
{
    [TestClass]
    public class DriverTests
    {
        private static (VirtualBoard board, ReRamBoard driver) Bench(VirtualBoardConfig config = null, SafetyLimits limits = null, Drivers.Hal.ISpiBus wrap = null)
        {
            var board = new VirtualBoard(config ?? new VirtualBoardConfig { Rows = 6, Cols = 5, Seed = 3 });
            var driver = new ReRamBoard(wrap ?? board, board.Ready, board.Clock, limits ?? SafetyLimits.SiOxDefaults());
            return (board, driver);
        }

        [TestMethod]
        public void Connect_ReadsIdentity_AndTakesTheStricterLimits()
        {
            var config = new VirtualBoardConfig { Rows = 6, Cols = 5, Serial = 0xCAFE };
            config.Limits = new SafetyLimits(1800, 2000, 3500, 20, 180, 300, 100, 1000000);
            var (_, driver) = Bench(config, new SafetyLimits(2500, 1700, 3500, 30, 200, 300, 200, 1000000));
            BoardIdentity id = driver.Connect();
            Assert.AreEqual(6, id.Rows);
            Assert.AreEqual(5, id.Cols);
            Assert.AreEqual(0xCAFEu, id.Serial);
            Assert.AreEqual(1800, driver.Limits.SetMaxMv, "board is stricter");
            Assert.AreEqual(1700, driver.Limits.ResetMaxMv, "config is stricter");
            Assert.AreEqual(180, driver.Limits.ComplianceMaxUa);
            Assert.AreEqual(30, driver.Limits.ComplianceMinUa);
            Assert.AreEqual(200, driver.Limits.WidthMinNs);
        }

        [TestMethod]
        public void PulseOutsideLimits_IsRefusedBeforeAnyByteIsSent()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4 });
            var recorder = new RecordingBus(board);
            var driver = new ReRamBoard(recorder, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            int framesAfterConnect = recorder.Commands.Count;
            var e = Assert.ThrowsExactly<BoardException>(() => driver.AddSet(0, 0, 1500, 250, 1000));
            Assert.AreEqual(BoardErrorKind.LimitRefused, e.Kind);
            StringAssert.Contains(e.Message, "ComplianceMaxUa");
            e = Assert.ThrowsExactly<BoardException>(() => driver.AddReset(0, 0, 2600, 1000));
            StringAssert.Contains(e.Message, "ResetMaxMv");
            e = Assert.ThrowsExactly<BoardException>(() => driver.AddSet(0, 0, 1500, 100, 5));
            StringAssert.Contains(e.Message, "WidthMinNs");
            e = Assert.ThrowsExactly<BoardException>(() => driver.ReadNeighbourhood(0, 900, 1, new int[17]));
            StringAssert.Contains(e.Message, "ReadMaxMv");
            Assert.AreEqual(0, driver.PendingPulses);
            driver.CommitPulses();
            Assert.AreEqual(framesAfterConnect, recorder.Commands.Count, "nothing may reach the bus");
            Assert.AreEqual(4, driver.Counters.LimitRefusals);
        }

        [TestMethod]
        public void VirtualBoard_EnforcesItsOwnLimits_EvenWhenTheDriverIsLax()
        {
            // A driver configured with limits wider than the board's: the board must still refuse.
            var config = new VirtualBoardConfig { Rows = 4, Cols = 4 };
            config.Limits = new SafetyLimits(1200, 2000, 3500, 20, 200, 300, 100, 1000000);
            var board = new VirtualBoard(config);
            var frame = new byte[64];
            int p = FrameLayout.OffsetPayload;
            frame[p + Payloads.PulseCount] = 1;
            int e = p + Payloads.PulseHeaderBytes;
            frame[e + Payloads.PulseEntryKind] = PulseKind.Set;
            LittleEndian.WriteU16(frame, e + Payloads.PulseEntryAmplitudeMv, 1500);
            LittleEndian.WriteU16(frame, e + Payloads.PulseEntryComplianceUa, 100);
            LittleEndian.WriteU32(frame, e + Payloads.PulseEntryWidthNs, 1000);
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.PulseList, 5, Payloads.PulseHeaderBytes + Payloads.PulseEntryBytes);
            int before = board.Array.StoredNs(0, 0);
            board.TransferFullDuplex(frame, 0, new byte[64], 0, length);
            board.Clock.DelayUs(100);
            var response = new byte[64];
            board.TransferFullDuplex(new byte[64], 0, response, 0, 64);
            Assert.AreEqual(StatusCode.Ok, FrameCodec.Check(response, 64, FrameLayout.ResponseSync, out _));
            Assert.AreEqual(StatusCode.LimitExceeded, response[FrameLayout.OffsetOpcodeOrStatus]);
            Assert.AreEqual(before, board.Array.StoredNs(0, 0), "a refused list executes nothing");
        }

        [TestMethod]
        public void SetRaisesAndResetLowersConductance_ThroughTheWholeStack()
        {
            var (board, driver) = Bench();
            driver.Connect();
            driver.AddSet(7, 2, 1500, 160, 1000);
            driver.AddReset(7, 3, 1600, 1000);
            long energy = driver.CommitPulses();
            Assert.IsTrue(energy > 0);
            Assert.IsTrue(board.Array.StoredNs(7, 2) > 100000, "SET at 160 µA gives LRS (~6 kOhm)");
            Assert.IsTrue(board.Array.StoredNs(7, 3) < 30000, "RESET at -1.6 V gives HRS");
            var values = new int[17];
            driver.ReadNeighbourhood(7, 200, 1, values);
            Assert.IsTrue(values[2] > 100000 && values[3] < 30000);
            Assert.AreEqual(1, driver.Counters.Sets);
            Assert.AreEqual(1, driver.Counters.Resets);
        }

        [TestMethod]
        public void ReadNeighbourhood_ReturnsNeighbourStates_AndMarksCellsOffTheArray()
        {
            var (board, driver) = Bench();
            driver.Connect();
            driver.AddSet(1, Payloads.StateDevice, 1500, 170, 1000); // place (0,1): east neighbour of (0,0)
            driver.CommitPulses();
            var values = new int[17];
            driver.ReadNeighbourhood(0, 200, 1, values); // corner (0,0) of a 6x5 grid
            Assert.AreEqual(-1, values[8 + 0], "N is off the array");
            Assert.AreEqual(-1, values[8 + 7], "NW is off the array");
            Assert.IsTrue(values[8 + 2] > 150000, "E neighbour's state device was SET at 170 µA");
            Assert.IsTrue(values[8 + 4] > 0 && values[8 + 4] < 30000, "S neighbour still in HRS");
        }

        [TestMethod]
        public void CorruptResponse_IsRetried_AndAPulseIsNeverAppliedTwice()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4, Device = DeviceModelParameters.Ideal() });
            var bus = new CorruptingBus(board);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect(); // response 0
            bus.CorruptResponses.Add(1); // the PULSE_LIST's first response
            driver.AddSet(5, 1, 1500, 100, 1000);
            driver.CommitPulses();
            Assert.AreEqual(1, driver.Counters.Retries);
            Assert.AreEqual(1, driver.Counters.CorruptResponses);
            Assert.AreEqual(1, board.ResponsesReplayed, "the retry was answered from the board's cache");
            Assert.AreEqual(2, board.CommandsExecuted, "IDENT + one PULSE_LIST: executed once");
        }

        [TestMethod]
        public void CorruptCommand_IsNackedWithBadCrc_AndResent()
        {
            var (board, _) = Bench();
            var bus = new CorruptingBus(board);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect(); // command 0
            bus.CorruptCommands.Add(1);
            driver.ReadNeighbourhood(3, 200, 1, new int[17]);
            Assert.AreEqual(1, driver.Counters.Nacks);
            Assert.AreEqual(1, driver.Counters.Retries);
            Assert.AreEqual(1, board.CommandsRejected);
        }

        [TestMethod]
        public void DeadBus_GivesATypedError_NotAHang()
        {
            var dead = new DeadBus();
            var clock = new VirtualClock();
            var driver = new ReRamBoard(dead, dead, clock, SafetyLimits.SiOxDefaults());
            var e = Assert.ThrowsExactly<BoardException>(() => driver.Connect());
            Assert.AreEqual(BoardErrorKind.UnsupportedBoard, e.Kind);
            StringAssert.Contains(e.Message, "READY");
            Assert.IsTrue(clock.NowUs <= driver.MaxAttempts * (driver.ReadyTimeoutUs + 10));
        }

        [TestMethod]
        public void StuckBusWithReadyHigh_IsRejectedAsCorrupt()
        {
            foreach (byte level in new byte[] { 0x00, 0xFF })
            {
                var dead = new StuckReadyBus { Level = level };
                var driver = new ReRamBoard(dead, dead, new VirtualClock(), SafetyLimits.SiOxDefaults());
                var e = Assert.ThrowsExactly<BoardException>(() => driver.Connect());
                Assert.AreEqual(BoardErrorKind.UnsupportedBoard, e.Kind);
                StringAssert.Contains(e.Message, "failed its check");
            }
        }

        [TestMethod]
        public void UnknownProtocolVersion_IsRefused()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4 });
            var patched = new VersionPatchingBus(board, major: 2);
            var driver = new ReRamBoard(patched, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            var e = Assert.ThrowsExactly<BoardException>(() => driver.Connect());
            Assert.AreEqual(BoardErrorKind.UnsupportedBoard, e.Kind);
            StringAssert.Contains(e.Message, "protocol 2.");
            Assert.ThrowsExactly<BoardException>(() => driver.ReadNeighbourhood(0, 200, 1, new int[17]));
        }

        [TestMethod]
        public void AddressOutsideTheArray_IsRefusedByTheDriver()
        {
            var (_, driver) = Bench();
            driver.Connect();
            var e = Assert.ThrowsExactly<BoardException>(() => driver.ReadNeighbourhood(30, 200, 1, new int[17]));
            Assert.AreEqual(BoardErrorKind.BadArgument, e.Kind);
            e = Assert.ThrowsExactly<BoardException>(() => driver.AddSet(0, 9, 1500, 100, 1000));
            Assert.AreEqual(BoardErrorKind.BadArgument, e.Kind);
        }

        [TestMethod]
        public void ReadNeighbourhood_AllocatesNothing()
        {
            var (_, driver) = Bench();
            driver.Connect();
            var values = new int[17];
            driver.ReadNeighbourhood(12, 200, 1, values);
            long before = System.GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++) driver.ReadNeighbourhood(i % 30, 200, 1, values);
            Assert.AreEqual(0, System.GC.GetAllocatedBytesForCurrentThread() - before);
        }

        [TestMethod]
        public void RandomDriverCalls_NeverPutAFrameOutsideTheLimitsOnTheBus()
        {
            var limits = SafetyLimits.SiOxDefaults();
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 8, Cols = 8, Seed = 11 });
            var recorder = new RecordingBus(board);
            var driver = new ReRamBoard(recorder, board.Ready, board.Clock, limits);
            driver.Connect();
            var random = new System.Random(5);
            for (int n = 0; n < 3000; n++)
            {
                int kind = random.Next(3);
                int amplitude = random.Next(-500, 5000);
                int compliance = kind == 1 ? (random.Next(4) == 0 ? random.Next(1, 400) : 0) : random.Next(-10, 400);
                int width = random.Next(-10, 2000000);
                try
                {
                    if (kind == 0) driver.AddSet(random.Next(64), random.Next(9), amplitude, compliance, width);
                    else if (kind == 1) driver.AddReset(random.Next(64), random.Next(9), amplitude, width);
                    else driver.AddForm(random.Next(64), random.Next(9), amplitude, compliance, width);
                }
                catch (BoardException e)
                {
                    Assert.AreEqual(BoardErrorKind.LimitRefused, e.Kind);
                }
                if (random.Next(10) == 0) driver.CommitPulses();
            }
            driver.CommitPulses();
            int checkedPulses = 0;
            foreach (var frame in recorder.Commands)
            {
                if (frame[FrameLayout.OffsetOpcodeOrStatus] != Opcode.PulseList) continue;
                int count = frame[FrameLayout.OffsetPayload];
                for (int i = 0; i < count; i++)
                {
                    int e = FrameLayout.OffsetPayload + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                    string violation = limits.CheckPulse(frame[e], LittleEndian.ReadU16(frame, e + 4), LittleEndian.ReadU16(frame, e + 6),
                        (int)LittleEndian.ReadU32(frame, e + 8));
                    Assert.IsNull(violation, violation);
                    checkedPulses++;
                }
            }
            Assert.IsTrue(checkedPulses > 100, "the property must have seen pulses: " + checkedPulses);
        }

        private sealed class StuckReadyBus : Drivers.Hal.ISpiBus, Drivers.Hal.IDigitalInput
        {
            public byte Level;
            public int ClockHz => 1000000;
            public bool Read() => true;
            public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length)
            {
                for (int i = 0; i < length; i++) r[ro + i] = Level;
            }
        }

        /// <summary>Rewrites the protocol major in an IDENT response (and re-seals it), like a newer board would answer.</summary>
        private sealed class VersionPatchingBus : Drivers.Hal.ISpiBus
        {
            private readonly Drivers.Hal.ISpiBus _inner;
            private readonly byte _major;
            public VersionPatchingBus(Drivers.Hal.ISpiBus inner, byte major) { _inner = inner; _major = major; }
            public int ClockHz => _inner.ClockHz;
            public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length)
            {
                _inner.TransferFullDuplex(w, wo, r, ro, length);
                if (w[wo] != FrameLayout.CommandSync && r[ro] == FrameLayout.ResponseSync && length >= Payloads.IdentBytes + FrameLayout.OverheadBytes)
                {
                    r[ro + FrameLayout.OffsetPayload + Payloads.IdentProtocolMajor] = _major;
                    FrameCodec.Seal(r, FrameLayout.ResponseSync, r[ro + 1], r[ro + 2], Payloads.IdentBytes);
                }
            }
        }
    }
}
