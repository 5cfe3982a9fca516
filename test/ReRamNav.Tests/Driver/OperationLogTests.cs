using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Console;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Faults;
using ReRamNav.Tests.SerialConsole;

namespace ReRamNav.Tests.Driver
{
    /// <summary>The per-operation log (IOperationLog): one row per device read and per pulse the board executed,
    /// nothing for what was refused before sending or when no log is attached, no allocation in the driver.</summary>
    [TestClass]
    public class OperationLogTests
    {
        private sealed class Row
        {
            public long TimeUs; public int Operation, RowIndex, Col, Device, VoltageMv, ComplianceUa, WidthNs, Samples, Pulses, ConductanceNs, Verify, Status;
        }

        private sealed class ListLog : IOperationLog
        {
            public readonly List<Row> Rows = new List<Row>();
            public void Record(long timeUs, int operation, int row, int col, int device, int voltageMv, int complianceUa, int widthNs,
                int samples, int pulses, int conductanceNs, int verify, int status)
                => Rows.Add(new Row { TimeUs = timeUs, Operation = operation, RowIndex = row, Col = col, Device = device, VoltageMv = voltageMv,
                    ComplianceUa = complianceUa, WidthNs = widthNs, Samples = samples, Pulses = pulses, ConductanceNs = conductanceNs, Verify = verify, Status = status });
            public int Count(int operation) => Rows.Count(r => r.Operation == operation);
        }

        private sealed class CountingLog : IOperationLog
        {
            public long Rows;
            public void Record(long timeUs, int operation, int row, int col, int device, int voltageMv, int complianceUa, int widthNs,
                int samples, int pulses, int conductanceNs, int verify, int status) => Rows++;
        }

        private static (VirtualBoard Board, ReRamBoard Driver) Connected(int rows = 5, int cols = 6)
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = rows, Cols = cols, Seed = 4 });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            return (board, driver);
        }

        [TestMethod]
        public void EveryReadAndPulseSent_IsOneRow_WithItsAddressParametersAndResult()
        {
            var (board, driver) = Connected();
            var log = new ListLog();
            driver.OperationLog = log;
            long samplesBefore = board.ReadSamples;
            var values = new int[ReadBlockPayload.MaxValues];

            driver.ReadNeighbourhood(0, 200, 2, values);          // corner (0,0): 8 synapses + 3 neighbours + itself
            Assert.AreEqual(12, log.Count(OperationKind.Read));
            CollectionAssert.AreEquivalent(new[] { "0,1,8", "1,1,8", "1,0,8", "0,0,8" },
                log.Rows.Where(r => r.Device == 8).Select(r => r.RowIndex + "," + r.Col + "," + r.Device).ToArray(), "neighbour addresses");
            Assert.IsTrue(log.Rows.All(r => r.VoltageMv == 200 && r.Samples == 2 && r.ConductanceNs > 0 && r.Status == StatusCode.Ok && r.Verify == -1));

            int cell = driver.ReadCell(2 * 6 + 3, 5, 150, 1);
            Row last = log.Rows[^1];
            Assert.AreEqual((2, 3, 5, 150, cell), (last.RowIndex, last.Col, last.Device, last.VoltageMv, last.ConductanceNs));

            int n = driver.ReadBlock(6, 6, 0x101, 200, 1, values); // row 1, devices 0 and 8
            Assert.AreEqual(12, n);
            Assert.AreEqual(25, log.Count(OperationKind.Read));
            Assert.AreEqual(values[11], log.Rows[^1].ConductanceNs);
            Assert.AreEqual((1, 5, 8), (log.Rows[^1].RowIndex, log.Rows[^1].Col, log.Rows[^1].Device));
            Assert.AreEqual(driver.Counters.DeviceReads, log.Count(OperationKind.Read), "one row per device read");
            Assert.AreEqual(board.ReadSamples - samplesBefore, log.Rows.Sum(r => r.Samples), "the board's own sample count agrees");

            driver.AddSet(7, 2, 1500, 120, 1000);
            driver.AddReset(8, 3, 1300, 2000);
            driver.AddForm(9, 4, 3000, 40, 5000);
            long t = board.Clock.NowUs;
            driver.CommitPulses();
            var pulses = log.Rows.Skip(25).ToList();
            Assert.AreEqual(3, pulses.Count);
            Assert.AreEqual(board.PulsesApplied, pulses.Count, "one row per pulse the board applied");
            Assert.AreEqual((OperationKind.Set, 1, 1, 2, 1500, 120, 1000, 1), (pulses[0].Operation, pulses[0].RowIndex, pulses[0].Col, pulses[0].Device, pulses[0].VoltageMv, pulses[0].ComplianceUa, pulses[0].WidthNs, pulses[0].Pulses));
            Assert.AreEqual((OperationKind.Reset, 1300, 0, 2000), (pulses[1].Operation, pulses[1].VoltageMv, pulses[1].ComplianceUa, pulses[1].WidthNs));
            Assert.AreEqual((OperationKind.Form, 3000, 40), (pulses[2].Operation, pulses[2].VoltageMv, pulses[2].ComplianceUa));
            Assert.IsTrue(pulses.All(p => p.TimeUs == t && p.ConductanceNs == -1 && p.Status == StatusCode.Ok), "sent at t, no read result");
        }

        [TestMethod]
        public void RefusedBeforeSending_AndNoPulses_LogNothing()
        {
            var (_, driver) = Connected();
            var log = new ListLog();
            driver.OperationLog = log;
            Assert.ThrowsExactly<BoardException>(() => driver.AddSet(0, 0, 9000, 100, 1000));
            Assert.ThrowsExactly<BoardException>(() => driver.ReadCell(0, 0, 900, 1));
            driver.CommitPulses();
            Assert.AreEqual(0, log.Rows.Count);
        }

        [TestMethod]
        public void RetriedTransactions_AreLoggedOnce()
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 4, Cols = 4, Seed = 2 });
            var faults = new FaultInjector(board, new FaultConfig { Seed = 9, SpiFrameErrorProbability = 0.3f });
            var driver = new ReRamBoard(faults.Bus, faults.Ready, board.Clock, SafetyLimits.SiOxDefaults()) { MaxAttempts = 10 };
            driver.Connect();
            var log = new ListLog();
            driver.OperationLog = log;
            var values = new int[17];
            for (int i = 0; i < 50; i++)
            {
                driver.AddSet(i % 16, i % 9, 1500, 100, 1000);
                driver.CommitPulses();
                driver.ReadNeighbourhood(5, 200, 1, values); // inner place: 17 reads
            }
            Assert.IsTrue(driver.Counters.Retries > 10, "retries " + driver.Counters.Retries);
            Assert.AreEqual(50, log.Count(OperationKind.Set));
            Assert.AreEqual(board.PulsesApplied, log.Count(OperationKind.Set));
            Assert.AreEqual(50 * 17, log.Count(OperationKind.Read));
        }

        [TestMethod]
        public void ProgramVerify_OnBoardAndOnMcu_GiveOneResultRowPerCell()
        {
            foreach (bool onBoard in new[] { true, false })
            {
                var (_, driver) = Connected();
                var log = new ListLog();
                driver.OperationLog = log;
                var batch = new ProgramVerifyBatch(3);
                batch.Add(0, 0, 80000, 120000);
                batch.Add(1, 3, 80000, 120000);
                batch.Add(2, 8, 1, 2); // unreachable: fails after MaxAttempts
                var p = new ProgramVerifyParameters { MaxAttempts = 10 };
                if (onBoard) driver.ProgramVerifyOnBoard(batch, p); else new ProgramVerifier(driver, 3).Run(batch, p);
                var results = log.Rows.Where(r => r.Operation == OperationKind.ProgramVerify).ToList();
                Assert.AreEqual(3, results.Count);
                for (int i = 0; i < 3; i++)
                {
                    Assert.AreEqual(batch.Outcome[i], results[i].Verify);
                    Assert.AreEqual(batch.FinalNs[i], results[i].ConductanceNs);
                    Assert.AreEqual(batch.Pulses[i], results[i].Pulses);
                }
                Assert.AreEqual(ProgramVerifyOutcome.FailMaxAttempts, results[2].Verify);
                int primitives = log.Rows.Count - 3;
                if (onBoard) Assert.AreEqual(0, primitives, "the board's own pulses are not visible to the MCU");
                else Assert.AreEqual(driver.Counters.Sets + driver.Counters.Resets + driver.Counters.DeviceReads, primitives, "MCU: every pulse and verify read as well");
            }
        }

        [TestMethod]
        public void WithoutALog_NothingIsRecorded_AndTheDriverAllocatesNothingEitherWay()
        {
            var (_, driver) = Connected();
            var log = new CountingLog();
            driver.OperationLog = log;
            var values = new int[17];
            driver.ReadNeighbourhood(7, 200, 1, values);
            long rows = log.Rows;
            Assert.AreEqual(17, rows);
            driver.OperationLog = null;
            driver.ReadNeighbourhood(7, 200, 1, values);
            driver.AddSet(7, 1, 1500, 100, 1000);
            driver.CommitPulses();
            Assert.AreEqual(rows, log.Rows, "detached: nothing recorded");

            foreach (IOperationLog? attached in new IOperationLog?[] { null, log })
            {
                driver.OperationLog = attached;
                driver.ReadNeighbourhood(7, 200, 1, values); // warm up
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < 200; i++)
                {
                    driver.ReadNeighbourhood(7, 200, 1, values);
                    driver.AddSet(7, i % 8, 1500, 100, 1000);
                    driver.CommitPulses();
                }
                Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before, attached == null ? "no log" : "a log attached");
            }
        }

        [TestMethod]
        public void TelemetryLines_CarryTheColumnsOfTheHeader_AreComments_AndAllocateNothing()
        {
            var (_, driver) = Connected();
            var sink = new ListSink();
            var telemetry = new OperationTelemetryLog(new LineWriter(sink));
            telemetry.WriteHeader();
            driver.OperationLog = telemetry;
            driver.AddReset(13, 8, 1200, 1000);
            driver.CommitPulses();
            driver.ReadCell(13, 8, 200, 4);
            string[] lines = sink.Lines;
            Assert.AreEqual("# ops v1: " + OperationLogColumns.Header, lines[0]);
            Assert.AreEqual(3, lines.Length);
            Assert.IsTrue(lines.All(l => l.StartsWith('#')), "a trial reader skips them as comments");
            string[] reset = lines[1].Substring(OperationTelemetryLog.LinePrefix.Length).Split(',');
            Assert.AreEqual(OperationLogColumns.Count, reset.Length);
            CollectionAssert.AreEqual(new[] { "reset", "2", "1", "8", "1200", "0", "1000", "0", "1", "-1", "", "OK" }, reset.Skip(1).ToArray());
            string[] read = lines[2].Substring(OperationTelemetryLog.LinePrefix.Length).Split(',');
            Assert.AreEqual("read", read[1]);
            Assert.IsTrue(int.Parse(read[10]) > 0);

            var counting = new OperationTelemetryLog(new LineWriter(new CountingSink()));
            counting.Record(1, OperationKind.Set, 1, 2, 3, 1500, 100, 1000, 0, 1, -1, -1, 0);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++) counting.Record(i, OperationKind.Read, 1, 2, 3, 200, 0, 0, 4, 0, 123456, -1, 0);
            Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before);
        }
    }
}
