using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Driver
{
    /// <summary>
    /// Property: whatever the caller asks, no frame outside the limits in force reaches the bus —
    /// checked by a spy on the bus for every pulse-carrying and bias-carrying opcode of protocol 1.1
    /// (PULSE_LIST entries, PROGRAM_VERIFY ranges, read and neuron input voltages).
    /// </summary>
    [TestClass]
    public class SafetyPropertyTests
    {
        [TestMethod]
        public void RandomCallsOfEveryOperation_NeverPutAnOutOfLimitFrameOnTheBus()
        {
            // The lab config is stricter than the board in some fields, looser in others: the stricter wins.
            var configLimits = new SafetyLimits(2000, 2200, 3000, 30, 180, 250, 200, 2000000);
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 6, Cols = 6, Seed = 17, NeuronCount = 8 });
            var spy = new RecordingBus(board);
            var driver = new ReRamBoard(spy, board.Ready, board.Clock, configLimits);
            driver.Connect();
            SafetyLimits inForce = driver.Limits;
            var random = new System.Random(23);
            var batch = new ProgramVerifyBatch(4);
            var verifier = new ProgramVerifier(driver, 4);
            var values = new int[256];
            int refused = 0;
            for (int n = 0; n < 3000; n++)
            {
                try
                {
                    switch (random.Next(8))
                    {
                        case 0: driver.AddSet(random.Next(36), random.Next(9), random.Next(-100, 4000), random.Next(-10, 300), random.Next(-5, 3000000)); break;
                        case 1: driver.AddReset(random.Next(36), random.Next(9), random.Next(-100, 4000), random.Next(-5, 3000000)); break;
                        case 2: driver.AddForm(random.Next(36), random.Next(9), random.Next(-100, 5000), random.Next(-10, 300), random.Next(-5, 3000000)); break;
                        case 3: driver.ReadBlock(random.Next(30), 1 + random.Next(6), 1 + random.Next(511), random.Next(-50, 600), random.Next(0, 300), values); break;
                        case 4:
                            batch.Clear();
                            batch.Add(random.Next(36), random.Next(9), 5000, 120000);
                            var p = new ProgramVerifyParameters
                            {
                                MaxAttempts = 1 + random.Next(3), SetAmplitudeMv = random.Next(500, 3500), ComplianceMinUa = random.Next(0, 100),
                                ComplianceMaxUa = random.Next(100, 300), ComplianceStartUa = 100, StopMinMv = random.Next(500, 1200),
                                StopMaxMv = random.Next(1200, 3000), StopStartMv = 1200, ReadMv = random.Next(50, 500), WidthNs = random.Next(0, 3000000),
                            };
                            if (random.Next(2) == 0) driver.ProgramVerifyOnBoard(batch, p); else verifier.Run(batch, p);
                            break;
                        case 5: driver.ReadCell(random.Next(36), random.Next(9), random.Next(-50, 600), random.Next(0, 300)); break;
                        case 6: driver.ReadNeighbourhood(random.Next(36), random.Next(-50, 600), random.Next(0, 300), values); break;
                        default: driver.IntegrateNeurons(new[] { random.Next(8) }, new[] { random.Next(36) }, new[] { random.Next(9) }, 1, random.Next(-50, 600), 1000); break;
                    }
                }
                catch (BoardException e)
                {
                    Assert.IsTrue(e.Kind == BoardErrorKind.LimitRefused || e.Kind == BoardErrorKind.BadArgument, e.Message);
                    refused++;
                }
                if (random.Next(8) == 0) driver.CommitPulses();
            }
            driver.CommitPulses();
            int checkedFrames = 0;
            foreach (byte[] frame in spy.Commands)
            {
                string violation = Violation(frame, inForce);
                Assert.IsNull(violation, violation);
                checkedFrames++;
            }
            Assert.IsTrue(refused > 100 && checkedFrames > 300, "refused " + refused + ", frames " + checkedFrames);
            Assert.AreEqual(0, board.LimitErrors, "the board never had to refuse: the driver checked first");
        }

        /// <summary>An independent reading of each frame on the bus against the limits.</summary>
        private static string Violation(byte[] f, SafetyLimits l)
        {
            int p = FrameLayout.OffsetPayload;
            switch (f[FrameLayout.OffsetOpcodeOrStatus])
            {
                case Opcode.PulseList:
                    for (int i = 0; i < f[p]; i++)
                    {
                        int e = p + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                        string v = l.CheckPulse(f[e], LittleEndian.ReadU16(f, e + 4), LittleEndian.ReadU16(f, e + 6), (int)LittleEndian.ReadU32(f, e + 8));
                        if (v != null) return v;
                    }
                    return null;
                case Opcode.ProgramVerify:
                    var pv = new ProgramVerifyParameters();
                    pv.DecodeFrom(f, p);
                    return pv.Check(l);
                case Opcode.ReadBlock:
                case Opcode.ReadCells:
                case Opcode.ReadNeighbourhood:
                    return l.CheckRead(LittleEndian.ReadU16(f, p), f[p + 2]);
                case Opcode.NeuronIntegrate:
                    return l.CheckRead(LittleEndian.ReadU16(f, p), 1);
                default:
                    return null;
            }
        }
    }
}
