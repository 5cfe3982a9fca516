using ReRamNav.Firmware.Agent;
using ReRamNav.Drivers.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Console;

namespace ReRamNav.Tests.SerialConsole
{
    /// <summary>The bench commands beyond the demo: run maze/mars, set, read-map, dump, form, against the virtual board.</summary>
    [TestClass]
    public class ExperimentCommandsTests
    {
        private static string[] Trials(string[] lines) => lines.Where(l => l.Length > 0 && char.IsDigit(l[0])).ToArray();

        [TestMethod]
        public void RunMaze_UsesTheSetSeed_TrialsAndStepCap()
        {
            var bench = new ConsoleBench();
            Assert.AreEqual("# ok set seed 9", bench.Run("set seed 9").Single());
            string[] lines = bench.Run("run maze 2 50");
            Assert.AreEqual("# ok run maze: seed 9, 2 trials per block, 50 steps cap, layouts A,B,A on mock-bench", lines[0]);
            Assert.IsTrue(lines.Contains(TelemetryFormat.Header));
            string[] trials = Trials(lines);
            Assert.AreEqual(6, trials.Length);
            Assert.IsTrue(trials.All(t => int.Parse(t.Split(',')[5]) <= 50), "the step cap holds");
            StringAssert.Contains(bench.Run("status")[1], "next run: seed 9, journal on; last run: maze seed 9, 6 of 6 trials");
            // The same as 'run demo 9 2' with the same cap? run demo keeps the 600-step cap, so compare seeds only:
            var other = new ConsoleBench();
            other.Run("set seed 9");
            CollectionAssert.AreEqual(trials, Trials(other.Run("run maze 2 50")), "same seed, same board: same run");
        }

        [TestMethod]
        public void RunMars_RunsTheRoverOnTheBuiltInTerrain()
        {
            var bench = new ConsoleBench();
            string[] lines = bench.Run("run mars 2 200");
            Assert.AreEqual("# ok run mars: seed 1, 2 trials, 200 steps cap, built-in terrain on mock-bench", lines[0]);
            string[] trials = Trials(lines);
            Assert.AreEqual(2, trials.Length);
            Assert.IsTrue(trials.All(t => t.Split(',')[2] == "built-in-craters-30x30" && t.Split(',')[1] == "1"), trials[0]);
            Assert.IsTrue(int.Parse(trials[0].Split(',')[6]) > 10, "the rover's shortest path crosses the map");
            StringAssert.StartsWith(lines.Last(), "# done: 2 trials");
        }

        [TestMethod]
        public void ASecondRun_ReusesTheAgent_AndStartsItsExplorationOver()
        {
            var bench = new ConsoleBench();
            bench.Run("run maze 1 50");
            var mazeAgent = bench.Console.Demo.Agent;
            Assert.IsTrue(mazeAgent.IsExploring, "trial 1 of the maze's exploration trials");
            bench.Run("run maze 1 50");
            Assert.AreSame(mazeAgent, bench.Console.Demo.Agent, "one maze agent for every run (no second heap's worth)");
            Assert.IsTrue(mazeAgent.IsExploring, "a new run starts over: it explores again");
            bench.Run("run mars 1 50");
            var rover = bench.Console.Demo.Agent;
            Assert.AreNotSame(mazeAgent, rover, "the rover has its own parameters, so its own agent");
            Assert.IsTrue(rover.IsExploring, "trial 1 of the rover's 20 exploration trials");
            bench.Run("run mars 1 50");
            Assert.AreSame(rover, bench.Console.Demo.Agent, "a second rover run reuses the rover agent");
            Assert.IsTrue(rover.IsExploring, "and explores again");
        }

        [TestMethod]
        public void RunArguments_AreChecked()
        {
            var bench = new ConsoleBench();
            Assert.AreEqual("# error: TRIALS '0' is not a whole number in 1..1000", bench.Run("run maze 0").Single());
            Assert.AreEqual("# error: STEPS '5000' is not a whole number in 1..4095", bench.Run("run mars 3 5000").Single());
            StringAssert.StartsWith(bench.Run("run maze 1 2 3").Single(), "# error: run maze takes at most TRIALS and STEPS");
            StringAssert.StartsWith(bench.Run("run fast").Single(), "# error: run what?");
            Assert.AreEqual("# error: SEED '-1' is not a whole number in 0..2147483647", bench.Run("set seed -1").Single());
            StringAssert.StartsWith(bench.Run("set speed 3").Single(), "# error: set takes 'seed N' or 'journal on|off'");
            StringAssert.StartsWith(bench.Run("set journal maybe").Single(), "# error: journal 'maybe' is neither on nor off");
        }

        [TestMethod]
        public void ReadMap_PrintsOneTableRowPerDevice_AsCommentLines()
        {
            var bench = new ConsoleBench();
            string[] lines = bench.Run("read-map state");
            StringAssert.StartsWith(lines[0], "# ok read-map: state devices of 900 places");
            Assert.AreEqual("# readmap,place,row,col,device,conductance_ns", lines[1]);
            string[] rows = lines.Where(l => l.StartsWith("# readmap,") && char.IsDigit(l[10])).ToArray();
            Assert.AreEqual(900, rows.Length);
            Assert.IsTrue(rows.All(r => r.Split(',')[4] == "8" && long.Parse(r.Split(',')[5]) > 0));
            Assert.AreEqual("# end read-map: 900 devices", lines.Last());
            Assert.IsTrue(lines.All(l => l.StartsWith("#")), "a telemetry reader never takes a table row for a trial");
            Assert.AreEqual(30 * 30 * 8 + 3, bench.Run("read-map synapses").Length);
            StringAssert.StartsWith(bench.Run("read-map everything").Single(), "# error: read-map takes one of state, synapses, all");
        }

        [TestMethod]
        public void Dump_ShowsTheLearnedTrailAfterARun()
        {
            var bench = new ConsoleBench();
            string[] fresh = bench.Run("dump");
            Assert.AreEqual(1 + 1 + 30 + 1, fresh.Length, string.Join("\n", fresh));
            string[] row = fresh[2].Split(' ');
            Assert.AreEqual("00", row[2]);
            Assert.AreEqual(30, row[3].Length);
            Assert.AreEqual(30, row[4].Length);
            // A run that ends with a reward leaves a trail (one that ends in failed recalls may have forgotten it):
            // the first seed whose last trial reaches the goal; the learning itself is tested elsewhere.
            string[] run = null!;
            for (int seed = 1; seed <= 10; seed++)
            {
                bench.Run("set seed " + seed);
                run = bench.Run("run maze 3 600");
                string last = run.Last(l => l.Length > 0 && char.IsDigit(l[0]));
                if (last.Split(',')[7] == "1") break;
            }
            string[] learned = bench.Run("dump");
            int trail = learned.Skip(2).Take(30).Sum(l => l.Split(' ')[3].Count(c => c == 'T'));
            int inArray = Enumerable.Range(0, 900).Count(place => bench.Board.Array.StoredNs(place, Payloads.StateDevice) <= new AgentParameters().TrailMaxNs);
            Assert.AreEqual(inArray, trail, "dump shows every trail place of the array and no other\n" + string.Join("\n", learned));
            Assert.IsTrue(trail >= 10, "a rewarded trail is in the array: " + trail + " trail places\n" + string.Join("\n", run) + "\n" + string.Join("\n", learned));
            StringAssert.StartsWith(learned.Last(), "# end dump: " + trail + " trail");
        }

        [TestMethod]
        public void Form_SweepsTheChosenPlaces_WithinTheLimitsInForce()
        {
            var bench = new ConsoleBench();
            string[] lines = bench.Run("form 29 28 2");
            StringAssert.StartsWith(lines[0], "# ok form: 18 devices from (29,28)");
            Assert.AreEqual("# form,step,place,device,amplitude_mv,compliance_ua,width_ns,conductance_ns,formed", lines[1]);
            var rows = lines.Where(l => l.StartsWith("# form,") && char.IsDigit(l[7])).Select(l => l.Split(',')).ToArray();
            Assert.IsTrue(rows.Length >= 18);
            Assert.IsTrue(rows.All(r => r[2] == "898" || r[2] == "899"));
            Assert.IsTrue(rows.All(r => int.Parse(r[4]) <= bench.Driver.Limits.FormMaxMv), "never past the FORM limit");
            StringAssert.StartsWith(lines.Last(), "# end form: ");
            StringAssert.StartsWith(bench.Run("form 29 29 2").Single(), "# error: PLACES 2 from (29,29) runs past the last place 899");
            StringAssert.StartsWith(bench.Run("form 0 0 31").Single(), "# error: PLACES '31' is not a whole number in 1..30");
            StringAssert.StartsWith(bench.Run("form").Single(), "# error: form takes ROW COL [PLACES]");
        }

        [TestMethod]
        public void Help_ListsEveryCommandOfTheDispatcher()
        {
            string help = string.Join("\n", new ConsoleBench().Run("help"));
            foreach (string verb in new[] { "read-map", "dump", "form ROW COL", "set seed N", "set journal", "run maze", "run mars", "run demo", "journal", "resume", "stop", "user button" })
            {
                StringAssert.Contains(help, verb);
            }
        }

        [TestMethod]
        public void WordLevelGarbage_EveryLineGetsAnAnswer_NeverAnException()
        {
            // Lines made of the console's own words and argument-like tokens in random order: the parser and
            // every command's argument checks see near-misses, not only noise. Unconnected board: every
            // command that reaches the board stops at 'no board', so nothing long runs. Then the same on a
            // connected board without the verbs that start long work (run, resume, form, read-map, dump).
            string[] verbs = { "help", "ident", "status", "config", "limits", "read", "read-map", "dump", "form", "set", "run", "journal", "resume", "stop" };
            string[] words = { "maze", "mars", "demo", "seed", "journal", "on", "off", "state", "synapses", "all", "0", "1", "29", "30", "-1", "99999999999",
                "2147483648", "1e3", "0x10", "--", "", "é", "\u00ff", "NaN", "4095", "4096", "1000", "1001", "ROW", "COL" };
            var random = new Random(6);
            foreach (bool connected in new[] { false, true })
            {
                CommandConsole console;
                ListSink output;
                if (connected)
                {
                    var bench = new ConsoleBench();
                    console = bench.Console;
                    output = bench.Sink;
                }
                else
                {
                    var nothing = new NothingAttached();
                    var driver = new ReRamBoard(nothing, nothing, nothing, MockBench.Create().Limits) { ReadyTimeoutUs = 100, MaxAttempts = 1 };
                    output = new ListSink();
                    console = new CommandConsole(MockBench.Create(), driver, output, "not tried");
                }
                string[] allowed = connected ? verbs.Except(new[] { "run", "resume", "form", "read-map", "dump" }).ToArray() : verbs;
                for (int i = 0; i < 3000; i++)
                {
                    int n = random.Next(1, 6);
                    var tokens = new List<string>();
                    for (int k = 0; k < n; k++)
                    {
                        tokens.Add(k == 0 && random.Next(4) != 0 ? allowed[random.Next(allowed.Length)] : words[random.Next(words.Length)]);
                    }
                    string line = string.Join(random.Next(5) == 0 ? "  " : " ", tokens);
                    if (connected && tokens.Count > 0 && (tokens[0] == "run" || tokens[0] == "resume" || tokens[0] == "form" || tokens[0] == "read-map" || tokens[0] == "dump"))
                    {
                        continue;
                    }
                    output.Clear();
                    console.Execute(line);
                    string[] reply = output.Lines;
                    if (line.Trim().Length > 0)
                    {
                        Assert.IsTrue(reply.Length >= 1, "no answer to '" + line + "'");
                    }
                    Assert.IsTrue(reply.All(l => l.StartsWith("#")), "'" + line + "': " + string.Join(" | ", reply));
                    Assert.IsFalse(reply.Any(l => l.StartsWith("# error: internal")), "'" + line + "': " + string.Join(" | ", reply));
                    int errors = reply.Count(l => l.StartsWith("# error"));
                    Assert.IsTrue(errors <= 1, "at most one error line for '" + line + "': " + string.Join(" | ", reply));
                    if (errors == 1) Assert.AreEqual(1, reply.Length, "an error line comes alone: '" + line + "'");
                }
            }
        }
    }
}
