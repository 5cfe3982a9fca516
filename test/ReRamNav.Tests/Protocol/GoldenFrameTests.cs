using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Protocol
{
    /// <summary>
    /// docs/protocol.md §9 is executable: every golden frame is produced by the driver's encoder,
    /// decoded by the driver, decoded and answered by the virtual board, and printed in the document.
    /// </summary>
    [TestClass]
    public class GoldenFrameTests
    {
        [TestMethod]
        public void Driver_ProducesEveryGoldenCommand_AndDecodesEveryGoldenResponse()
        {
            var bus = new ScriptedBoard(GoldenFrames.Session);
            var driver = new ReRamBoard(bus, bus, new VirtualClock(), SafetyLimits.SiOxDefaults());
            var s = new GoldenSession();
            s.Run(driver);
            Assert.AreEqual(GoldenFrames.Session.Length, bus.Matched, "every golden command was sent, in order");

            Assert.AreEqual(8, s.Identity.Rows);
            Assert.AreEqual(8, s.Identity.Cols);
            Assert.AreEqual(16, s.Identity.NeuronCount);
            Assert.AreEqual(1, s.Identity.ProtocolMinor);
            Assert.AreEqual(Capability.AllVersion11, s.Identity.Capabilities);
            Assert.AreEqual(0x1234u, s.Identity.Serial);
            Assert.AreEqual(2500, s.Identity.BoardLimits.SetMaxMv);
            Assert.AreEqual(2u, s.Status.CommandsExecuted);
            Assert.IsTrue(s.Status.IsSafeIdle);
            Assert.AreEqual(0x1650, s.Cells[0]);
            Assert.AreEqual(0x1650, s.Neighbourhood[16]);
            Assert.AreEqual(0x1650, s.Block[7]);
            Assert.AreEqual(0x067D, s.PulseEnergyPj);
            Assert.AreEqual(ProgramVerifyOutcome.Pass, s.Batch.Outcome[0]);
            Assert.AreEqual(7, s.Batch.Pulses[0]);
            Assert.AreEqual(0x018291, s.Batch.FinalNs[0]);
            Assert.AreEqual(0, s.Winner);
            Assert.AreEqual(0x04D4, s.IntegrationTimeNs);
            Assert.AreEqual(0, s.AbortCompleted);
            Assert.AreEqual(0, driver.LastAbortedOpcode, "nothing was running");
        }

        [TestMethod]
        public void VirtualBoard_DecodesEveryGoldenCommand_AndAnswersAsTheDocumentSays()
        {
            var board = new VirtualBoard(GoldenSession.BoardConfig());
            foreach (var f in GoldenFrames.Session) CheckBoardAnswer(board, f);
            foreach (var f in GoldenFrames.Errors) CheckBoardAnswer(board, f);

            byte[] list = BoardFeeder.Parse(GoldenFrames.AbortedList);
            board.TransferFullDuplex(list, 0, new byte[list.Length], 0, list.Length);
            board.Clock.DelayUs(150);
            Assert.IsFalse(board.IsReady, "the list is still running");
            byte[] abortResponse = BoardFeeder.Exchange(board, BoardFeeder.Parse(GoldenFrames.AbortBusy));
            Assert.AreEqual(GoldenFrames.AbortBusyResponse, FrameCodecTests.Hex(abortResponse, abortResponse.Length));
            Assert.IsFalse(board.JobRunning);

            byte[] status = BoardFeeder.Exchange(board, BoardFeeder.Parse(GoldenFrames.FinalStatus));
            Assert.AreEqual(GoldenFrames.FinalStatusResponse, FrameCodecTests.Hex(status, status.Length));
        }

        [TestMethod]
        public void ProtocolDocument_PrintsEveryGoldenFrame()
        {
            string doc = System.IO.File.ReadAllText(RepoPaths.Get("docs/protocol.md"));
            var all = new List<string>();
            foreach (var f in GoldenFrames.Session) { all.Add(f.Command); all.Add(f.Response); }
            foreach (var f in GoldenFrames.Errors) { all.Add(f.Command); all.Add(f.Response); }
            all.AddRange(new[] { GoldenFrames.AbortedList, GoldenFrames.AbortBusy, GoldenFrames.AbortBusyResponse,
                GoldenFrames.FinalStatus, GoldenFrames.FinalStatusResponse });
            foreach (string hex in all)
            {
                Assert.IsTrue(doc.Contains(hex), "docs/protocol.md lacks the golden frame " + hex);
            }
        }

        [TestMethod]
        public void EveryOpcode_HasAGoldenFrame()
        {
            var opcodes = new HashSet<byte>();
            foreach (var f in GoldenFrames.Session) opcodes.Add(BoardFeeder.Parse(f.Command)[1]);
            foreach (byte op in new[] { Opcode.Ident, Opcode.Status, Opcode.SafeIdle, Opcode.Abort, Opcode.ReadCells, Opcode.ReadNeighbourhood,
                Opcode.ReadBlock, Opcode.PulseList, Opcode.ProgramVerify, Opcode.NeuronLoad, Opcode.NeuronIntegrate })
            {
                Assert.IsTrue(opcodes.Contains(op), Opcode.Name(op) + " has no golden frame");
            }
        }

        [TestMethod]
        public void CrcWorkedExample_MatchesTheDocument()
        {
            // protocol.md §3.3: the CRC of the IDENT command covers 01 01 00 00.
            byte[] covered = { 0x01, 0x01, 0x00, 0x00 };
            Assert.AreEqual((ushort)0xC544, Crc16Ccitt.Compute(covered, 0, covered.Length));
        }

        private static void CheckBoardAnswer(VirtualBoard board, GoldenFrames.Frame f)
        {
            byte[] response = BoardFeeder.Exchange(board, BoardFeeder.Parse(f.Command));
            Assert.IsNotNull(response, f.Name + ": READY never rose");
            string actual = FrameCodecTests.Hex(response, response.Length);
            if (!f.ModelDependent)
            {
                Assert.AreEqual(f.Response, actual, f.Name);
                return;
            }
            byte[] golden = BoardFeeder.Parse(f.Response);
            Assert.AreEqual(StatusCode.Ok, FrameCodec.Check(response, response.Length, FrameLayout.ResponseSync, out int payload), f.Name + " CRC");
            Assert.AreEqual(golden.Length, response.Length, f.Name + " length");
            Assert.AreEqual(golden[1], response[1], f.Name + " status");
            Assert.AreEqual(golden[2], response[2], f.Name + " sequence");
        }

        /// <summary>
        /// A board that knows only the golden frames: it answers a golden command with its golden
        /// response, and anything else with silence (MISO low), which the driver reports as corrupt.
        /// </summary>
        private sealed class ScriptedBoard : ISpiBus, IDigitalInput
        {
            private readonly GoldenFrames.Frame[] _frames;
            private byte[] _pending;
            public int Matched;

            public ScriptedBoard(GoldenFrames.Frame[] frames) { _frames = frames; }
            public int ClockHz => 10000000;
            public bool Read() => true;

            public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length)
            {
                System.Array.Clear(r, ro, length);
                if (w[wo] == FrameLayout.CommandSync)
                {
                    string sent = FrameCodecTests.Hex(w, length);
                    _pending = null;
                    if (Matched < _frames.Length)
                    {
                        Assert.AreEqual(_frames[Matched].Command, sent, "command frame of " + _frames[Matched].Name);
                        _pending = BoardFeeder.Parse(_frames[Matched].Response);
                        Matched++;
                    }
                    return;
                }
                if (_pending != null)
                {
                    System.Array.Copy(_pending, 0, r, ro, System.Math.Min(length, _pending.Length));
                    _pending = null;
                }
            }
        }
    }
}
