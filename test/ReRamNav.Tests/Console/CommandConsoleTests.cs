using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Console;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.SerialConsole
{
    /// <summary>The console against the virtual board, through the real driver and SPI protocol.</summary>
    [TestClass]
    public class CommandConsoleTests
    {
        [TestMethod]
        public void Help_ListsEveryCommand()
        {
            string text = string.Join("\n", new ConsoleBench().Run("help"));
            foreach (string command in new[] { "help", "ident", "status", "config", "limits", "read ROW COL", "char ROUTINE", "oplog on|off", "run demo", "stop" })
            {
                StringAssert.Contains(text, command);
            }
        }

        [TestMethod]
        public void Ident_ShowsTheVirtualBoard()
        {
            string line = new ConsoleBench().Run("IDENT").Single();
            StringAssert.StartsWith(line, "# ok ident: protocol 1.");
            StringAssert.Contains(line, "30x30 places, 9 devices per place, serial 0x00000001");
        }

        [TestMethod]
        public void StatusConfigAndLimits_Answer()
        {
            var bench = new ConsoleBench();
            StringAssert.StartsWith(bench.Run("status")[0], "# ok status: idle, trials done 0, board connected");
            string config = string.Join("\n", bench.Run("config"));
            StringAssert.Contains(config, "# ok config: mock-bench");
            StringAssert.Contains(config, "ESP32_REV0");
            StringAssert.Contains(config, "console COM2 115200 TX GPIO17 RX GPIO16");
            string limits = string.Join("\n", bench.Run("limits"));
            StringAssert.Contains(limits, "in force: SET<=2000mV");
        }

        [TestMethod]
        public void Read_PrintsNineConductances_AndChecksTheAddress()
        {
            var bench = new ConsoleBench();
            string line = bench.Run("read 1 26").Single();
            StringAssert.StartsWith(line, "# ok read 1 26: synapses N=");
            StringAssert.Contains(line, " NW=");
            StringAssert.Contains(line, "state=");
            StringAssert.Contains(bench.Run("read 30 0").Single(), "# error: ROW '30' is not a whole number in 0..29");
            StringAssert.Contains(bench.Run("read 1").Single(), "# error: read takes ROW COL");
        }

        [TestMethod]
        public void Char_RunsTheCharacterisationRoutines_AsCommentTables()
        {
            var bench = new ConsoleBench();
            string[] map = bench.Run("char readmap 2");
            Assert.AreEqual("# ok char readmap: places 0..1, devices 0-8", map[0]);
            Assert.AreEqual("# readmap,place,row,col,device,conductance_ns", map[1], "the header row, as read-map prints it");
            Assert.AreEqual(1 + 2 * 9, map.Count(l => l.StartsWith("# readmap,")));
            Assert.AreEqual("# end readmap: 18 rows", map[^1]);
            string[] endurance = bench.Run("char endurance 1 3");
            Assert.AreEqual(9, endurance.Count(l => l.StartsWith("# endurance,3,")), "one row per device after the last cycle");
            Assert.IsTrue(bench.Run("char form 1").Count(l => l.StartsWith("# form,")) >= 9, "at least one step per device");
            Assert.AreEqual(1 + 2 * 9, bench.Run("char retention 1 2").Count(l => l.StartsWith("# retention,")), "header and 2 reads of 9 devices");
            StringAssert.StartsWith(bench.Run("char bogus").Single(), "# error: char takes ROUTINE");
            StringAssert.StartsWith(bench.Run("char readmap 901").Single(), "# error: PLACES");
        }

        [TestMethod]
        public void Oplog_PrintsOneLinePerReadAndPulse_UntilOff()
        {
            var bench = new ConsoleBench();
            string[] on = bench.Run("oplog on");
            Assert.AreEqual("# ops v1: " + OperationLogColumns.Header, on[1]);
            string[] read = bench.Run("read 1 26");
            Assert.AreEqual(17, read.Count(l => l.StartsWith(OperationTelemetryLog.LinePrefix)), string.Join("\n", read));
            StringAssert.StartsWith(bench.Run("oplog off").Single(), "# ok oplog off: 17 operation lines");
            Assert.AreEqual(0, bench.Run("read 1 26").Count(l => l.StartsWith(OperationTelemetryLog.LinePrefix)));
            StringAssert.StartsWith(bench.Run("oplog maybe").Single(), "# error: oplog takes on or off");
        }

        [TestMethod]
        public void RunDemo_PrintsAHeaderAndOneCsvLinePerTrial()
        {
            var bench = new ConsoleBench();
            string[] lines = bench.Run("run demo 5 3");
            Assert.AreEqual("# ok run demo: seed 5, 3 trials per block, layouts A,B,A on mock-bench", lines[0]);
            Assert.AreEqual("# telemetry v1", lines[1]);
            Assert.AreEqual(TelemetryFormat.Header, lines[2]);
            string[] trials = lines.Where(l => !l.StartsWith("#") && l != TelemetryFormat.Header).ToArray();
            Assert.AreEqual(9, trials.Length);
            for (int i = 0; i < trials.Length; i++)
            {
                string[] f = trials[i].Split(',');
                Assert.AreEqual(TelemetryFormat.ColumnCount, f.Length, trials[i]);
                Assert.AreEqual((i + 1).ToString(), f[0]);
                Assert.AreEqual((i / 3 + 1).ToString(), f[1]);
                Assert.AreEqual(i / 3 == 1 ? "B" : "A", f[2]);
                Assert.IsTrue(f.Where((_, k) => k != 2).All(v => long.TryParse(v, out _)), trials[i]);
            }
            StringAssert.StartsWith(lines.Last(), "# done: 9 trials");
            StringAssert.Contains(bench.Run("status")[0], "trials done 9");
        }

        [TestMethod]
        public void RunDemo_GivesTheSameTrialsAsTheExperimentRunner()
        {
            // The console's demo is the host simulation's experiment: same seeds, same steps.
            var bench = new ConsoleBench(boardSeed: 11);
            // The journal's pulses and reads draw device-model randomness the host simulation does not: off here
            // (a fresh run still blanks the journal cells once, before the network is initialised: done below too).
            bench.Run("set journal off");
            string[] lines = bench.Run("run demo 3 4");
            int[] consoleSteps = lines.Where(l => char.IsDigit(l[0])).Select(l => int.Parse(l.Split(',')[5])).ToArray();

            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 30, Cols = 30, Seed = 11 });
            var driver = new ReRamBoard(board, board.Ready, board.Clock, MockBench.Create().Limits);
            driver.Connect();
            var agent = new PlaceCellAgent(driver, AgentParameters.PaperDefaults());
            new ExperimentJournal(driver).Invalidate();
            agent.InitialiseNetwork(3);
            var steps = new List<int>();
            var collector = new Collector(steps);
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            new ExperimentRunner(driver, agent, collector).Run(new[]
            {
                new ExperimentBlock(a, 4, a.StartRow, a.StartCol), new ExperimentBlock(b, 4, b.StartRow, b.StartCol),
                new ExperimentBlock(a, 4, a.StartRow, a.StartCol),
            });
            CollectionAssert.AreEqual(steps.ToArray(), consoleSteps);
        }

        private sealed class Collector : ITrialObserver
        {
            private readonly List<int> _steps;
            public Collector(List<int> steps) { _steps = steps; }
            public void OnTrial(TrialRecord record) => _steps.Add(record.Steps);
        }

        [TestMethod]
        public void RunDemo_ArgumentsAreChecked()
        {
            var bench = new ConsoleBench();
            Assert.AreEqual("# error: TRIALS '0' is not a whole number in 1..1000", bench.Run("run demo 1 0").Single());
            Assert.AreEqual("# error: SEED 'abc' is not a whole number in 0..2147483647", bench.Run("run demo abc").Single());
            StringAssert.StartsWith(bench.Run("run").Single(), "# error: run what?");
            StringAssert.StartsWith(bench.Run("run demo 1 2 3").Single(), "# error: run demo takes at most");
        }

        [TestMethod]
        public void BackgroundDemo_RefusesBoardCommands_AndStops()
        {
            var bench = new ConsoleBench();
            bench.Console.RunDemoInBackground = true;
            StringAssert.StartsWith(bench.Run("run demo 2 200").Single(), "# ok run demo");
            Assert.IsTrue(bench.Console.Demo.IsRunning);
            Assert.AreEqual("# error: busy: a demo is running; expected 'stop' first (or 'status')", bench.Run("read 1 1").Single());
            StringAssert.StartsWith(bench.Run("run demo").Single(), "# error: busy");
            StringAssert.Contains(bench.Run("status")[0], "running");
            Assert.AreEqual("# ok stop: stopping after the current trial", bench.Run("stop").Single());

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (bench.Console.Demo.IsRunning && DateTime.UtcNow < deadline) Thread.Sleep(10);
            Assert.IsFalse(bench.Console.Demo.IsRunning, "the demo stops after the current trial");
            string done = bench.Sink.Lines.Last(l => l.StartsWith("# done"));
            StringAssert.EndsWith(done, "(stopped; 'resume' continues)");
            Assert.AreEqual("# ok stop: nothing is running", bench.Run("stop").Single());
        }

        [TestMethod]
        public void NoBoard_IdentAndRunSayWhy_OthersStillWork()
        {
            var nothing = new NothingAttached();
            var driver = new ReRamBoard(nothing, nothing, nothing, MockBench.Create().Limits) { ReadyTimeoutUs = 100, MaxAttempts = 1 };
            var sink = new ListSink();
            var console = new CommandConsole(Esp32DevKitC.Create(), driver, sink, "IDENT unreadable");
            console.Execute("ident");
            StringAssert.StartsWith(sink.Lines.Single(), "# error: no board: IDENT unreadable");
            sink.Clear();
            console.Execute("run demo");
            Assert.AreEqual("# error: no board connected; expected a board that answers IDENT (try 'ident')", sink.Lines.Single());
            sink.Clear();
            console.Execute("status");
            StringAssert.Contains(sink.Lines[0], "board not connected");
            sink.Clear();
            console.Execute("config");
            StringAssert.Contains(sink.Lines[1], "SCK GPIO18 MOSI GPIO23 MISO GPIO19 CS GPIO5 (routed by this firmware)");
        }

        [TestMethod]
        public void UnknownCommandsAndExtraWords_GetAnErrorLine()
        {
            var bench = new ConsoleBench();
            Assert.AreEqual("# error: unknown command 'fly'; expected one of: " + CommandConsole.CommandList, bench.Run("fly to mars").Single());
            Assert.AreEqual("# error: help takes no arguments; expected just 'help'", bench.Run("help me").Single());
            Assert.AreEqual(0, bench.Run("   ").Length);
        }

        [TestMethod]
        public void RandomGarbage_NeverThrows_AndEveryRejectedLineIsAnswered()
        {
            var bench = new ConsoleBench();
            var assembler = new LineAssembler();
            var random = new Random(12345);
            var alphabet = "helpidntsaucofgrmx0123456789 -\t\b".ToCharArray();
            int lines = 0;
            for (int i = 0; i < 20000; i++)
            {
                byte b = random.Next(10) == 0 ? (byte)random.Next(256) : random.Next(12) == 0 ? (byte)'\n' : (byte)alphabet[random.Next(alphabet.Length)];
                if (!assembler.Feed(b)) continue;
                lines++;
                bench.Sink.Clear();
                if (assembler.Problem != null) bench.Console.Reject(assembler.Problem);
                else bench.Console.Execute(assembler.Line);
                string[] output = bench.Sink.Lines;
                Assert.IsTrue(output.All(l => l.StartsWith("#")), "every console reply is a comment line: " + string.Join(" | ", output));
                if (assembler.Problem != null) StringAssert.StartsWith(output.Single(), "# error: ");
                Assert.IsFalse(output.Any(l => l.StartsWith("# error: internal")), string.Join(" | ", output));
            }
            Assert.IsTrue(lines > 500);
        }
    }
}
