using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Console;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.Firmware.Mars;
using ReRamNav.HalMock;
using ReRamNav.Tests.SerialConsole;

namespace ReRamNav.Tests.Memory
{
    /// <summary>
    /// The 30x30 maze's memory budget on an ESP32 without PSRAM (docs/devkit-memory.md): bytes each part of
    /// the firmware allocates when it is built, measured with GC.GetAllocatedBytesForCurrentThread around
    /// the construction, and zero bytes per agent step, per telemetry line and per journal write. The
    /// document's table must match what is measured here (within 10 %), so it cannot go stale.
    /// </summary>
    [TestClass]
    public class DeviceMemoryBudgetTests
    {
        public TestContext TestContext { get; set; }

        /// <summary>ESP32-WROOM-32 without PSRAM: the managed heap nanoFramework leaves to the application, bytes.</summary>
        public const int Esp32ManagedHeapBytes = 100 * 1024;

        /// <summary>One part of the firmware: bytes allocated while it is built (garbage included), and bytes it keeps.</summary>
        internal sealed record Part(string Name, long AllocatedBytes, long KeptHostBytes, long KeptNanoBytes, int Objects);

        private static Part Measure(string name, Func<object> build, params object[] shared)
        {
            build(); // once for the JIT, type loading and static fields: not heap the MCU spends per object
            long before = GC.GetAllocatedBytesForCurrentThread();
            object built = build();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var (host, nano, objects) = ObjectGraphSize.Of(built, shared);
            return new Part(name, allocated, host, nano, objects);
        }

        internal static List<Part> MeasureParts()
        {
            var limits = MockBench.Create().Limits;
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 30, Cols = 30 });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, limits);
            driver.Connect();
            var sink = new CountingSink();
            object[] boardParts = { board, board.Ready, board.Clock };
            object[] shared = boardParts.Append(driver).Append(sink).ToArray();
            return new List<Part>
            {
                Measure("virtual board (mock bench), 30x30", () => new VirtualBoard(new VirtualBoardConfig { Rows = 30, Cols = 30 })),
                Measure("driver (ReRamBoard) and its frame buffers, connected", () =>
                {
                    var d = new ReRamBoard(board, board.Ready, board.Clock, limits);
                    d.Connect();
                    return d;
                }, boardParts),
                Measure("built-in mazes A and B", () => new object[] { BuiltInMazes.LayoutA(), BuiltInMazes.LayoutB() }),
                Measure("agent (PlaceCellAgent), maze parameters", () => new PlaceCellAgent(driver, AgentParameters.PaperDefaults()), shared),
                Measure("console (CommandConsole, DemoSession, journal, line writers)", () => new CommandConsole(MockBench.Create(), driver, sink, null), shared),
                Measure("rover: agent (1001-step paths) and built-in terrain mission", () => new object[]
                {
                    new PlaceCellAgent(driver, RoverDefaults.Parameters(RoverDefaults.MaxStepsPerTrial)), RoverDefaults.Mission(30, 30),
                }, shared),
            };
        }

        [TestMethod]
        public void MazeOnTheMcu_FitsTheEsp32Heap_AndTheDocumentSaysWhatIsMeasured()
        {
            List<Part> parts = MeasureParts();
            foreach (Part p in parts)
            {
                TestContext.WriteLine("| " + p.Name + " | " + p.AllocatedBytes + " | " + p.KeptHostBytes + " | " + p.KeptNanoBytes + " | " + p.Objects + " |");
            }

            long fpgaBench = parts.Where(p => !p.Name.StartsWith("virtual board") && !p.Name.StartsWith("rover")).Sum(p => p.KeptNanoBytes);
            long mockBench = fpgaBench + parts.Single(p => p.Name.StartsWith("virtual board")).KeptNanoBytes;
            TestContext.WriteLine("maze with the FPGA: " + fpgaBench + " B; mock bench: " + mockBench + " B (nanoFramework estimate)");
            Assert.IsTrue(fpgaBench < Esp32ManagedHeapBytes / 2, "the maze firmware with a real board must leave half the heap: " + fpgaBench);
            Assert.IsTrue(mockBench < Esp32ManagedHeapBytes, "mock bench on a plain ESP32: " + mockBench);

            string doc = File.ReadAllText(RepoPaths.Get("docs/devkit-memory.md"));
            foreach (Part p in parts)
            {
                Match m = Regex.Match(doc, @"^\| " + Regex.Escape(p.Name) + @" \| ([0-9]+) \| ([0-9]+) \| ([0-9]+) \|", RegexOptions.Multiline);
                Assert.IsTrue(m.Success, "docs/devkit-memory.md has no row '| " + p.Name + " | allocated | kept host | kept nano |'");
                long host = long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                long nano = long.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                Assert.IsTrue(Math.Abs(host - p.KeptHostBytes) <= p.KeptHostBytes / 10, "docs/devkit-memory.md: " + host + " B kept (host) for '" + p.Name + "', measured " + p.KeptHostBytes);
                Assert.IsTrue(Math.Abs(nano - p.KeptNanoBytes) <= p.KeptNanoBytes / 10, "docs/devkit-memory.md: " + nano + " B kept (nano) for '" + p.Name + "', measured " + p.KeptNanoBytes);
            }
        }

        [TestMethod]
        public void StepLoop_TelemetryLine_AndJournalWrite_AllocateNothing()
        {
            var bench = new ConsoleBench();
            var agent = new PlaceCellAgent(bench.Driver, AgentParameters.PaperDefaults());
            agent.InitialiseNetwork(1);
            GridMaze maze = BuiltInMazes.LayoutA();
            agent.BeginTrial(maze, maze.StartRow, maze.StartCol);
            for (int i = 0; i < 50; i++) agent.Step();

            long before = GC.GetAllocatedBytesForCurrentThread();
            int steps = 0;
            for (int trial = 0; trial < 4; trial++)
            {
                agent.BeginTrial(maze, maze.StartRow, maze.StartCol);
                while (agent.Steps < 500 && agent.Step() != StepOutcome.ReachedGoal) steps++;
            }
            long stepBytes = GC.GetAllocatedBytesForCurrentThread() - before;

            var writer = new LineWriter(new CountingSink());
            var record = new TrialRecord { Trial = 123, Block = 2, Layout = "B", Steps = 600, SpiBytes = 123456789, EnergyPj = -5, TimeUs = long.MaxValue };
            TelemetryFormat.WriteTrial(writer, record);
            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++) TelemetryFormat.WriteTrial(writer, record);
            long lineBytes = GC.GetAllocatedBytesForCurrentThread() - before;

            var journal = new ExperimentJournal(bench.Driver);
            var progress = new JournalRecord { Kind = JournalRecord.KindMaze, Seed = 1, TrialsPerBlock = 40, MaxStepsPerTrial = 600 };
            journal.Begin(progress);
            before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 1; i <= 100; i++) { progress.TrialsDone = i; journal.Record(progress); }
            long journalBytes = GC.GetAllocatedBytesForCurrentThread() - before;

            TestContext.WriteLine(steps + " steps: " + stepBytes + " B; 1000 telemetry lines: " + lineBytes + " B; 100 journal writes: " + journalBytes + " B");
            Assert.IsTrue(steps > 100);
            Assert.AreEqual(0, stepBytes, "agent steps allocate");
            Assert.AreEqual(0, lineBytes, "telemetry lines allocate");
            Assert.AreEqual(0, journalBytes, "journal writes allocate");
        }
    }
}
