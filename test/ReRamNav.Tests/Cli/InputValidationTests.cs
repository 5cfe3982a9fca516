using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests.Cli
{
    /// <summary>Bad values that used to run (or crash) and must be exit 2 with one message naming the option.</summary>
    [TestClass]
    public class InputValidationTests
    {
        private string _dir = "";

        [TestInitialize]
        public void Init() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void Cleanup() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

        private static void AssertUsageError(CliTestRun run, string expectedInMessage)
        {
            Assert.AreEqual(2, run.ExitCode, run.Stdout + run.Stderr);
            StringAssert.Contains(run.Stderr, expectedInMessage);
            Assert.IsFalse(run.Stderr.Contains("   at "), "no stack trace: " + run.Stderr);
        }

        [TestMethod]
        public void AgentParameters_OutOfRange_AreRefusedBeforeAnyRun()
        {
            AssertUsageError(CliTestRun.Of("demo", "--param", "TrailMode=99"), "TrailMode = 99 is out of range: expected 0..3");
            AssertUsageError(CliTestRun.Of("demo", "--param", "TrailLength=-1"), "TrailLength = -1 is out of range");
            AssertUsageError(CliTestRun.Of("demo", "--param", "ReadSamples=0"), "ReadSamples = 0");
            AssertUsageError(CliTestRun.Of("demo", "--param", "InitialHrsSynapsePerMille=5000"), "InitialHrsSynapsePerMille");
            AssertUsageError(CliTestRun.Of("demo", "--param", "SynapseComplianceUa=5000"), "--param: SynapseComplianceUa = 5000 µA is outside the board's limits");
            AssertUsageError(CliTestRun.Of("sweep", "table1", "--seeds", "1", "--param", "ReadMv=5000"), "--param: ReadMv = 5000 mV");
            AssertUsageError(CliTestRun.Of("demo", "--param", "TrailMaxNs=200000"), "must be below WallMinNs");
        }

        [TestMethod]
        public void TrailMode_IsAlsoAcceptedByName()
        {
            var run = CliTestRun.Of("demo", "--trials-per-block", "2", "--param", "TrailMode=Shortcut");
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            AssertUsageError(CliTestRun.Of("demo", "--param", "TrailMode=banana"), "0..3 or LastPositions, LoopErased, Shortcut, ShortestExperienced");
        }

        [TestMethod]
        public void AnOutputDirectoryThatCannotBeWritten_NamesTheOption()
        {
            string file = Path.Combine(_dir, "a-file");
            File.WriteAllText(file, "x");
            AssertUsageError(CliTestRun.Of("demo", "--trials-per-block", "1", "--out", file), "--out: " + file + " is a file, expected a directory");
            AssertUsageError(CliTestRun.Of("model", "lrs", "--out", Path.Combine(file, "sub")), "--out: " + file + " is a file, so " + Path.Combine(file, "sub") + " cannot be a directory under it");
        }

        [TestMethod]
        public void InputFiles_DirectoriesAndMissingFiles_NameTheOption()
        {
            AssertUsageError(CliTestRun.Of("demo", "--maze-a", _dir), "--maze-a: " + _dir + " is a directory");
            AssertUsageError(CliTestRun.Of("monitor", "--from", _dir), "--from: " + _dir + " is a directory");
            AssertUsageError(CliTestRun.Of("monitor", "--from", Path.Combine(_dir, "none.log")), "file not found");
            AssertUsageError(CliTestRun.Of("plot", _dir), "is a directory");
        }

        [TestMethod]
        public void MazesOfDifferentSizes_BlameTheOptionTheUserGave_AndSayWhatToDo()
        {
            string small = Path.Combine(_dir, "small.txt");
            File.WriteAllLines(small, new[] { "#####", "#S.G#", "#####" });
            string outDir = Path.Combine(_dir, "out");

            // Only --maze-a given: B is the built-in layout, so --maze-b is not to blame.
            foreach (var args in new[]
            {
                new[] { "demo", "--maze-a", small },
                new[] { "reproduce", "--figure", "4b", "--seeds", "1", "--out", outDir, "--maze-a", small },
                new[] { "sweep", "grid", "--param", "TrailLength=10", "--seeds", "1", "--out", outDir, "--maze-a", small },
            })
            {
                var run = CliTestRun.Of(args);
                AssertUsageError(run, $"--maze-a: {small} is 3x5 places, but the built-in layout B is 30x30; give --maze-b with a 3x5 layout");
                Assert.IsFalse(run.Stderr.Contains("--maze-b: "), args[0] + ": " + run.Stderr);
            }

            // Only --maze-b given: the built-in A is the other layout.
            var onlyB = CliTestRun.Of("demo", "--maze-b", small);
            AssertUsageError(onlyB, $"--maze-b: {small} is 3x5 places, but the built-in layout A is 30x30; give --maze-a with a 3x5 layout");

            // Both given: B is compared with the user's A.
            string other = Path.Combine(_dir, "other.txt");
            File.WriteAllLines(other, new[] { "######", "#S..G#", "######" });
            AssertUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=10", "--seeds", "1", "--out", outDir, "--maze-a", small, "--maze-b", other),
                $"--maze-b: {other} is 3x6 places, expected the size of maze A (3x5) given by --maze-a {small}");
            Assert.IsFalse(Directory.Exists(outDir), "refused before any output");
        }

        [TestMethod]
        public void Param_GivenTwice_OrTooLargeForAnInteger_IsRefusedWithTheReason()
        {
            AssertUsageError(CliTestRun.Of("demo", "--param", "TrailLength=5", "--param", "traillength=6"), "TrailLength is given twice ('TrailLength=5' and 'traillength=6')");
            AssertUsageError(CliTestRun.Of("demo", "--param", "AdaptationMaxVisits=99999999999"), "AdaptationMaxVisits = '99999999999' is out of range");
        }

        [TestMethod]
        public void Plot_TrialsCsvWithImpossibleValues_NamesLineAndColumn()
        {
            string runDir = Path.Combine(_dir, "run");
            Assert.AreEqual(0, CliTestRun.Of("demo", "--trials-per-block", "1", "--out", runDir).ExitCode);
            string[] lines = File.ReadAllLines(Path.Combine(runDir, "trials.csv"));
            string[] header = lines[0].Split(',');
            int steps = Array.IndexOf(header, "steps"), reached = Array.IndexOf(header, "reached_goal");
            int penalties = Array.IndexOf(header, "penalties");
            foreach (var (column, value, expected) in new[] { (steps, "-5", "column 'steps' is -5, expected a step count 0..2147483647"), (reached, "7", "column 'reached_goal' is 7, expected 0 or 1"),
                (penalties, "-61", "column 'penalties' is -61, expected a count 0..2147483647"), (steps, "99999999999999", "column 'steps' is 99999999999999, expected a step count 0..2147483647") })
            {
                string[] row = lines[1].Split(',');
                row[column] = value;
                string bad = Path.Combine(_dir, "bad-" + column + ".csv");
                File.WriteAllLines(bad, new[] { lines[0], string.Join(",", row) });
                AssertUsageError(CliTestRun.Of("plot", bad, "--out", Path.Combine(_dir, "x.png")), bad + ":2: " + expected);
            }
        }

        [TestMethod]
        public void Seeds_BackwardsOrHugeRange_SayWhatIsWrong()
        {
            AssertUsageError(CliTestRun.Of("demo", "--seeds", "5-1"), "--seeds: the range '5-1' runs backwards; expected LOW-HIGH, e.g. 1-5");
            AssertUsageError(CliTestRun.Of("demo", "--seeds", "1-5000"), "--seeds: the range '1-5000' holds 5000 seeds; at most 1000");
        }

        [TestMethod]
        public void Demo_BareSeedAboveOne_SaysItIsOneSeed()
        {
            StringAssert.Contains(CliTestRun.Of("demo", "--seeds", "3", "--trials-per-block", "1").Stdout, "note: --seeds 3 runs seed 3 only; for seeds 1..3 write --seeds 1-3");
            Assert.IsFalse(CliTestRun.Of("demo", "--seeds", "1-2", "--trials-per-block", "1").Stdout.Contains("note: --seeds"));
        }

        [TestMethod]
        public void StartFromMazeA_RefusedByB_BlamesMazeB_NotStart()
        {
            string a = Path.Combine(_dir, "a.txt"), b = Path.Combine(_dir, "b.txt");
            File.WriteAllLines(a, new[] { "######", "#S..G#", "######" });
            File.WriteAllLines(b, new[] { "######", "##..G#", "######" });
            var run = CliTestRun.Of("demo", "--maze-a", a, "--maze-b", b);
            AssertUsageError(run, "--maze-b: ");
            StringAssert.Contains(run.Stderr, "(the start (1,1) is the one marked in maze A; give --start ROW,COL");
            Assert.IsFalse(run.Stderr.Contains("--start: "), run.Stderr);
            // Given by the user, --start is the one to blame.
            AssertUsageError(CliTestRun.Of("demo", "--maze-a", a, "--maze-b", b, "--start", "1,1"), "--start: ");
        }

        [TestMethod]
        [DataRow("reproduc", "'reproduc' is not a command of 'reramnav'; expected one of: demo, plot, reproduce, monitor, board, model, sweep")]
        [DataRow("reproduc --figure 4b", "'reproduc' is not a command of 'reramnav'; expected one of: demo, plot, reproduce,")]
        [DataRow("board foo", "'foo' is not a subcommand of 'reramnav board'; expected one of: ident, status, safe-idle, read, set, reset, program-verify, integrate, read-map, form, endurance, retention")]
        [DataRow("model xyz", "'xyz' is not a subcommand of 'reramnav model'; expected one of: lrs, hrs, c2c, iv, relaxation, all")]
        [DataRow("sweep nope", "'nope' is not a subcommand of 'reramnav sweep'; expected one of: grid, table1")]
        [DataRow("", "'reramnav' needs a command; expected one of: demo, plot,")]
        [DataRow("board", "'reramnav board' needs a subcommand; expected one of: ident, status,")]
        [DataRow("model --out x", "'reramnav model' needs a subcommand; expected one of: lrs, hrs,")]
        public void UnknownOrMissingSubcommand_ListsTheValidOnesOfThatLevel_Exit2(string commandLine, string expected)
        {
            var run = CliTestRun.Of(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            AssertUsageError(run, "error: " + expected);
            Assert.IsFalse(run.Stderr.Contains("Required command was not provided"), "said once, by the list: " + run.Stderr);
            if (!commandLine.StartsWith("model")) Assert.IsFalse(run.Stderr.Contains("Unrecognized command or argument"), "said once, by the list: " + run.Stderr);
            string level = commandLine.Split(' ')[0] is "board" or "model" or "sweep" ? "reramnav " + commandLine.Split(' ')[0] : "reramnav";
            StringAssert.Contains(run.Stderr, $"Run '{level} --help'");
            Assert.AreEqual("", run.Stdout);
        }

        [TestMethod]
        public void OtherParseErrors_AreSaidAsBefore_AndHelpStillWorks()
        {
            AssertUsageError(CliTestRun.Of("board", "ident", "extra"), "error: Unrecognized command or argument 'extra'.");
            AssertUsageError(CliTestRun.Of("demo", "--seeds"), "error: Required argument missing for option: '--seeds'.");
            var unknownOption = CliTestRun.Of("board", "--bogus");
            AssertUsageError(unknownOption, "'reramnav board' needs a subcommand; expected one of: ident,");
            StringAssert.Contains(unknownOption.Stderr, "Unrecognized command or argument '--bogus'.");
            var help = CliTestRun.Of("board", "--help");
            Assert.AreEqual(0, help.ExitCode, help.Stderr);
            StringAssert.Contains(help.Stdout, "read-map");
        }

        [TestMethod]
        public void EndlessInput_IsRefused_NotReadIntoMemory()
        {
            if (!File.Exists("/dev/zero")) Assert.Inconclusive("no /dev/zero on this system");
            AssertUsageError(CliTestRun.Of("demo", "--maze-a", "/dev/zero"), "--maze-a: /dev/zero is larger than 64 MB");
            AssertUsageError(CliTestRun.Of("monitor", "--from", "/dev/zero"), "--from: /dev/zero is larger than 64 MB");
        }

        [TestMethod]
        public void MonitorBaudRate_IsChecked()
        {
            AssertUsageError(CliTestRun.Of("monitor", "--port", "/dev/null", "--baud", "0"), "--baud: 0 is out of range");
        }
    }
}
