using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Characterisation;
using ReRamNav.HalMock;
using ReRamNav.HalMock.Model;
using ReRamNav.Tests.Driver;

namespace ReRamNav.Tests.Characterisation
{
    [TestClass]
    public class CharacterisationTests
    {
        internal sealed class MemorySink : IResultSink
        {
            public string Routine;
            public string[] Columns;
            public readonly List<long[]> Rows = new List<long[]>();
            public bool Ended;
            public void BeginTable(string routine, string[] columns) { Routine = routine; Columns = columns; }
            public void Row(long[] values) { Assert.AreEqual(Columns.Length, values.Length); Rows.Add((long[])values.Clone()); }
            public void EndTable() => Ended = true;
            public long Get(int row, string column) => Rows[row][Array.IndexOf(Columns, column)];
        }

        private static (VirtualBoard, ReRamBoard, RecordingBus) Bench(uint capabilities = Capability.AllVersion11)
        {
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 5, Cols = 6, Seed = 8, Capabilities = capabilities });
            var bus = new RecordingBus(board);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, SafetyLimits.SiOxDefaults());
            driver.Connect();
            return (board, driver, bus);
        }

        [TestMethod]
        public void ReadMap_CoversEveryDevice_WithReadBlockOrReadCells()
        {
            foreach (uint caps in new[] { Capability.AllVersion11, Capability.AllVersion10 })
            {
                var (board, driver, bus) = Bench(caps);
                var routine = new ReadMapRoutine { Samples = 2 };
                var sink = new MemorySink();
                routine.Run(driver, sink);
                Assert.AreEqual("readmap", sink.Routine);
                Assert.IsTrue(sink.Ended);
                Assert.AreEqual(30 * 9, sink.Rows.Count);
                for (int i = 0; i < sink.Rows.Count; i++)
                {
                    int place = (int)sink.Get(i, "place");
                    Assert.AreEqual(place / 6, sink.Get(i, "row"));
                    Assert.AreEqual(place % 6, sink.Get(i, "col"));
                    long g = sink.Get(i, "conductance_ns");
                    long stored = board.Array.StoredNs(place, (int)sink.Get(i, "device"));
                    Assert.IsTrue(Math.Abs(g - stored) < stored * 0.2 + 10, "read " + g + " vs stored " + stored);
                }
                int blocks = bus.Commands.Count(c => c[1] == Opcode.ReadBlock);
                Assert.AreEqual(caps == Capability.AllVersion11 ? 2 : 0, blocks, "270 values: 2 READ_BLOCKs of <= 256");
            }
        }

        [TestMethod]
        public void FormingSweep_FormsPristineCells_AndStopsPulsingFormedOnes()
        {
            var (board, driver, bus) = Bench();
            var routine = new FormingSweepRoutine { StartMv = 2000, StepMv = 500, StopMv = 3000 };
            routine.Cells.FirstPlace = 3;
            routine.Cells.PlaceCount = 4;
            routine.Cells.DeviceMask = 0x0F;
            var sink = new MemorySink();
            routine.Run(driver, sink);
            Assert.AreEqual(16, routine.FormedCount);
            Assert.IsTrue(sink.Rows.All(r => r[7] == 1), "the model forms at the first FORM pulse");
            Assert.AreEqual(16, sink.Rows.Count, "formed cells get no further pulses");
            Assert.IsTrue(board.Array.StoredNs(3, 0) > 40000);
            var e = Assert.ThrowsExactly<BoardException>(() => new FormingSweepRoutine { StopMv = 4000 }.Run(driver, new MemorySink()));
            Assert.AreEqual(BoardErrorKind.LimitRefused, e.Kind);
            StringAssert.Contains(e.Message, "FormMaxMv");
        }

        [TestMethod]
        public void Endurance_AlternatesLrsAndHrs_AndLogsEveryNthCycle()
        {
            var (_, driver, bus) = Bench();
            var routine = new EnduranceRoutine { Cycles = 10, LogEvery = 5 };
            routine.Cells.FirstPlace = 0;
            routine.Cells.PlaceCount = 2;
            routine.Cells.DeviceMask = 0x03;
            var sink = new MemorySink();
            long before = driver.Counters.Sets;
            routine.Run(driver, sink);
            Assert.AreEqual(2 * 4, sink.Rows.Count, "cycles 5 and 10, 4 cells");
            Assert.AreEqual(40, driver.Counters.Sets - before);
            foreach (var r in sink.Rows) Assert.IsTrue(r[3] > 3 * r[4], "LRS well above HRS: " + string.Join(",", r));
            Assert.AreEqual(0, routine.ClosedCount);
            Assert.AreEqual(20, bus.Commands.Count(c => c[1] == Opcode.PulseList), "one SET list and one RESET list per cycle");
        }

        [TestMethod]
        public void Retention_ReadsAtTheInterval_InVirtualTime()
        {
            var (_, driver, _) = Bench();
            var routine = new RetentionRoutine { Reads = 5, IntervalUs = 3600 * 1000 };
            routine.Cells.FirstPlace = 7;
            routine.Cells.PlaceCount = 1;
            routine.Cells.DeviceMask = 1 << 8;
            var sink = new MemorySink();
            routine.Run(driver, sink);
            Assert.AreEqual(5, sink.Rows.Count);
            for (int i = 1; i < 5; i++)
            {
                long dt = sink.Get(i, "time_us") - sink.Get(i - 1, "time_us");
                Assert.IsTrue(dt >= 3600L * 1000 && dt < 3600L * 1000 + 1000, "interval " + dt);
            }
        }

        [TestMethod]
        public void BadSelection_IsATypedError()
        {
            var (_, driver, _) = Bench();
            var routine = new ReadMapRoutine();
            routine.Cells.FirstPlace = 25;
            routine.Cells.PlaceCount = 10;
            Assert.AreEqual(BoardErrorKind.BadArgument, Assert.ThrowsExactly<BoardException>(() => routine.Run(driver, new MemorySink())).Kind);
        }
    }
}
