using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;

namespace ReRamNav.Tests.Driver
{
    [TestClass]
    public class ProgramVerifyTests
    {
        private static (VirtualBoard, ReRamBoard, RecordingBus) Bench(uint capabilities, DeviceModelParameters device = null)
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 6, Cols = 6, Seed = 21, Capabilities = capabilities,
                Device = device ?? DeviceModelParameters.PaperSiOx1T1R() });
            var bus = new RecordingBus(board);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            return (board, driver, bus);
        }

        private static ProgramVerifyBatch Targets()
        {
            var batch = new ProgramVerifyBatch(40);
            for (int i = 0; i < 20; i++) batch.Add(i, i % 9, 95000, 125000);  // LRS window (~8-10 kOhm)
            for (int i = 0; i < 20; i++) batch.Add(20 + i % 16, (i + 4) % 9, 3000, 6000); // HRS window (~170-330 kOhm)
            return batch;
        }

        [TestMethod]
        public void McuAndBoardSide_ReachTheWindows_WithResultsPerCell()
        {
            foreach (bool onBoard in new[] { false, true })
            {
                uint caps = onBoard ? Capability.AllVersion11 : Capability.AllVersion11 & ~Capability.ProgramVerify;
                var (board, driver, _) = Bench(caps);
                var batch = Targets();
                var verifier = new ProgramVerifier(driver, 64);
                bool ranOnBoard = verifier.RunBest(batch, new ProgramVerifyParameters { MaxAttempts = 30 });
                Assert.AreEqual(onBoard, ranOnBoard);
                Assert.IsTrue(batch.PassCount >= 36, (onBoard ? "board" : "MCU") + " passes " + batch.PassCount + "/40");
                for (int i = 0; i < batch.Count; i++)
                {
                    if (batch.Outcome[i] != ProgramVerifyOutcome.Pass) { Assert.AreEqual(ProgramVerifyOutcome.FailMaxAttempts, batch.Outcome[i]); continue; }
                    Assert.IsTrue(batch.FinalNs[i] >= batch.LowNs[i] && batch.FinalNs[i] <= batch.HighNs[i]);
                    int stored = board.Array.StoredNs(batch.Places[i], batch.Devices[i]);
                    Assert.IsTrue(stored > batch.LowNs[i] * 0.85 && stored < batch.HighNs[i] * 1.15, "stored " + stored + " near the window");
                }
                Assert.IsTrue(batch.EnergyPj > 0);
                Assert.AreEqual(40, driver.Counters.ProgramVerifyCells);
            }
        }

        [TestMethod]
        public void McuSide_CostsAboutTwoTransactionsPerRound_NotPerCell()
        {
            var (_, driver, _) = Bench(Capability.AllVersion11 & ~Capability.ProgramVerify);
            var batch = Targets();
            var verifier = new ProgramVerifier(driver, 64);
            long before = driver.Counters.Transactions;
            verifier.Run(batch, new ProgramVerifyParameters { MaxAttempts = 30 });
            long used = driver.Counters.Transactions - before;
            Assert.IsTrue(used <= 2 * verifier.LastRounds, used + " transactions for " + verifier.LastRounds + " rounds");
        }

        [TestMethod]
        public void UnreachableWindow_FailsAfterMaxAttempts_ExactlyMaxPulses()
        {
            var (_, driver, _) = Bench(Capability.AllVersion11, DeviceModelParameters.Ideal());
            var batch = new ProgramVerifyBatch(1);
            batch.Add(3, 3, 500000, 510000); // 2 kOhm: beyond the 170 µA LRS
            driver.ProgramVerifyOnBoard(batch, new ProgramVerifyParameters { MaxAttempts = 6 });
            Assert.AreEqual(ProgramVerifyOutcome.FailMaxAttempts, batch.Outcome[0]);
            Assert.AreEqual(6, batch.Pulses[0]);
            var mcu = new ProgramVerifyBatch(1);
            mcu.Add(4, 3, 500000, 510000);
            new ProgramVerifier(driver, 1).Run(mcu, new ProgramVerifyParameters { MaxAttempts = 6 });
            Assert.AreEqual(ProgramVerifyOutcome.FailMaxAttempts, mcu.Outcome[0]);
            Assert.AreEqual(6, mcu.Pulses[0]);
            Assert.AreEqual(batch.FinalNs[0], mcu.FinalNs[0], "same algorithm, same noise-free device: same result");
        }

        [TestMethod]
        public void ParametersOutsideTheLimits_AreRefusedBeforeAnyByte_OnBothPaths()
        {
            var (_, driver, bus) = Bench(Capability.AllVersion11);
            var batch = new ProgramVerifyBatch(1);
            batch.Add(0, 0, 90000, 110000);
            int sent = bus.Commands.Count;
            var tooHot = new ProgramVerifyParameters { ComplianceMaxUa = 250 };
            var e = Assert.ThrowsExactly<BoardException>(() => driver.ProgramVerifyOnBoard(batch, tooHot));
            Assert.AreEqual(BoardErrorKind.LimitRefused, e.Kind);
            StringAssert.Contains(e.Message, "ComplianceMaxUa");
            e = Assert.ThrowsExactly<BoardException>(() => new ProgramVerifier(driver, 1).Run(batch, new ProgramVerifyParameters { StopMaxMv = 2600 }));
            StringAssert.Contains(e.Message, "ResetMaxMv");
            Assert.AreEqual(sent, bus.Commands.Count);
        }

        [TestMethod]
        public void Board_RefusesAForgedProgramVerifyOutsideItsLimits()
        {
            var config = new VirtualBoardConfig { Rows = 4, Cols = 4 };
            config.Limits = new SafetyLimits(2500, 2000, 3500, 20, 120, 300, 100, 1000000);
            var board = new VirtualBoard(config);
            var frame = new byte[FrameLayout.MaxFrameBytes];
            var p = new ProgramVerifyParameters(); // compliance max 170 > board's 120
            p.Encode(frame, FrameLayout.OffsetPayload, 1);
            int e = FrameLayout.OffsetPayload + ProgramVerifyPayload.HeaderBytes;
            LittleEndian.WriteU32(frame, e + ProgramVerifyPayload.EntryLowNs, 1000);
            LittleEndian.WriteU32(frame, e + ProgramVerifyPayload.EntryHighNs, 2000);
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.ProgramVerify, 9, ProgramVerifyPayload.HeaderBytes + ProgramVerifyPayload.EntryBytes);
            var command = new byte[length];
            System.Array.Copy(frame, command, length);
            int before = board.Array.StoredNs(0, 0);
            byte[] response = Protocol.BoardFeeder.Exchange(board, command);
            Assert.AreEqual(StatusCode.LimitExceeded, response[FrameLayout.OffsetOpcodeOrStatus]);
            Assert.AreEqual(0, board.PulsesApplied);
            Assert.AreEqual(before, board.Array.StoredNs(0, 0));
        }
    }
}
