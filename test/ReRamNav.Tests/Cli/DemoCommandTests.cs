using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Output;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Tests.Cli
{
    /// <summary>`reramnav demo` and `reramnav plot` end to end, and every kind of bad input they must refuse.</summary>
    [TestClass]
    public class DemoCommandTests
    {
        private string _dir;

        [TestInitialize]
        public void MakeDir() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void RemoveDir() => Directory.Delete(_dir, true);

        private string Write(string name, string text)
        {
            string path = Path.Combine(_dir, name);
            File.WriteAllText(path, text);
            return path;
        }

        [TestMethod]
        public void Demo_WritesTrialsCsvWithTheDocumentedColumns_BlocksCsvAndPng()
        {
            var run = CliTestRun.Of("demo", "--trials-per-block", "8", "--seed", "3", "--out", _dir);

            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            StringAssert.StartsWith(File.ReadAllLines(Path.Combine(_dir, "trials.csv"))[0],
                "trial,block,layout,start_row,start_col,steps,optimal_steps,reached_goal,penalties,sets,resets,reads,spi_transactions,spi_bytes,energy_pj,time_us");
            Assert.AreEqual(1 + 24, File.ReadAllLines(Path.Combine(_dir, "trials.csv")).Length, "a header and 3 blocks x 8 trials");
            Assert.AreEqual(1 + 3, File.ReadAllLines(Path.Combine(_dir, "blocks.csv")).Length);
            byte[] png = File.ReadAllBytes(Path.Combine(_dir, "learning.png"));
            CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Take(4).ToArray(), "a PNG file");
            StringAssert.Contains(run.Stdout, "block 1 (layout A, shortest 31)");
            StringAssert.Contains(run.Stdout, "SPI txn/step");
        }

        [TestMethod]
        public void Demo_CsvRoundTripsThroughPlot()
        {
            Assert.AreEqual(0, CliTestRun.Of("demo", "--trials-per-block", "4", "--seeds", "1-2", "--out", _dir).ExitCode);
            var rows = TrialCsv.Read(Path.Combine(_dir, "trials.csv"));
            Assert.AreEqual(2 * 12, rows.Count);
            Assert.AreEqual(2, rows.Select(r => r.Seed).Distinct().Count());
            Assert.IsTrue(rows.All(r => r.Record.SpiTransactions >= r.Record.Steps), "at least one SPI read per step");

            string png = Path.Combine(_dir, "again.png");
            var plot = CliTestRun.Of("plot", Path.Combine(_dir, "trials.csv"), "--out", png);
            Assert.AreEqual(0, plot.ExitCode, plot.Stderr);
            Assert.IsTrue(new FileInfo(png).Length > 1000);
        }

        [TestMethod]
        public void Demo_SameSeedGivesTheSameRun()
        {
            var first = CliTestRun.Of("demo", "--trials-per-block", "5", "--seed", "9");
            var second = CliTestRun.Of("demo", "--trials-per-block", "5", "--seed", "9");
            Assert.AreEqual(first.Stdout, second.Stdout);
        }

        [TestMethod]
        public void Demo_MazeFiles_AreUsed_AndTheStartDefaultsToTheMarkedOne()
        {
            string a = Write("a.txt", BuiltInMazes.LayoutAText());
            var run = CliTestRun.Of("demo", "--maze-a", a, "--maze-b", a, "--trials-per-block", "2");
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            StringAssert.Contains(run.Stdout, "start (1,26)");
        }

        // ---- bad input: exit code 2, one message naming the file/line/option and what was expected, no stack trace

        private static void ExpectUsageError(CliTestRun run, params string[] fragments)
        {
            Assert.AreEqual(2, run.ExitCode, run.Stdout + run.Stderr);
            StringAssert.StartsWith(run.Stderr, "error: ");
            foreach (string fragment in fragments) StringAssert.Contains(run.Stderr, fragment);
            Assert.IsFalse(run.Stderr.Contains("   at "), "no stack trace: " + run.Stderr);
        }

        [TestMethod]
        public void BadMazeFiles_NameTheFileAndLine()
        {
            string empty = Write("empty.txt", "");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", empty), "empty.txt");

            string ragged = Write("ragged.txt", "#####\n#S..#\n#..G##\n#####\n");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", ragged), "ragged.txt:3");

            string unknown = Write("unknown.txt", "#####\n#S.x#\n#..G#\n#####\n");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", unknown), "unknown.txt:2", "'x'");

            string noGoal = Write("nogoal.txt", "#####\n#S..#\n#...#\n#####\n");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", noGoal), "nogoal.txt", "goal");

            string unreachable = Write("walled.txt", "#####\n#S#.#\n###G#\n#####\n");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", unreachable), "walled.txt", "reach");

            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", Path.Combine(_dir, "missing.txt")), "--maze-a", "missing.txt", "not found");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-b", _dir), "--maze-b", "directory");
        }

        [TestMethod]
        public void NoStart_AndStartOnAWall_AreRefused()
        {
            string noStart = Write("nostart.txt", "#####\n#...#\n#..G#\n#####\n");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-a", noStart, "--maze-b", noStart), "nostart.txt", "--start");
            ExpectUsageError(CliTestRun.Of("demo", "--start", "0,0"), "--start", "(0,0)");
            ExpectUsageError(CliTestRun.Of("demo", "--start", "3;27"), "--start", "ROW,COL");
            ExpectUsageError(CliTestRun.Of("demo", "--start", "99,99"), "--start");
        }

        [TestMethod]
        public void MazesOfDifferentSizes_AreRefused()
        {
            string small = Write("small.txt", "#####\n#S..#\n#..G#\n#####\n");
            ExpectUsageError(CliTestRun.Of("demo", "--maze-b", small), "--maze-b", "4x5", "30x30");
        }

        [TestMethod]
        public void BadOptionValues_AreRefused()
        {
            ExpectUsageError(CliTestRun.Of("demo", "--trials-per-block", "0"), "--trials-per-block", "1..10000");
            ExpectUsageError(CliTestRun.Of("demo", "--max-steps", "-5"), "--max-steps");
            ExpectUsageError(CliTestRun.Of("demo", "--trials-per-block", "many"), "many");
            ExpectUsageError(CliTestRun.Of("demo", "--seeds", "10-1"), "--seeds", "10-1");
            ExpectUsageError(CliTestRun.Of("demo", "--seeds", "x"), "--seeds");
            ExpectUsageError(CliTestRun.Of("demo", "--param", "NoSuchThing=3"), "--param", "NoSuchThing", "SynapseComplianceUa");
            ExpectUsageError(CliTestRun.Of("demo", "--param", "ReadMv=high"), "ReadMv", "integer");
            ExpectUsageError(CliTestRun.Of("demo", "--no-such-option"), "--no-such-option");
            ExpectUsageError(CliTestRun.Of("frobnicate"), "frobnicate");
        }

        [TestMethod]
        public void Plot_BadCsv_NamesFileLineAndColumn()
        {
            ExpectUsageError(CliTestRun.Of("plot", Path.Combine(_dir, "none.csv")), "none.csv", "not found");
            string noColumn = Write("nocol.csv", "trial,block\n1,1\n");
            ExpectUsageError(CliTestRun.Of("plot", noColumn), "nocol.csv:1", "layout");
            string header = TrialCsv.Header;
            string badValue = Write("bad.csv", header + "\n" + "1,1,A,1,26,x,31,1,0,0,0,0,0,0,0,0,1,0,0,0,1\n");
            ExpectUsageError(CliTestRun.Of("plot", badValue), "bad.csv:2", "steps", "'x'");
            string short_ = Write("short.csv", header + "\n1,1,A\n");
            ExpectUsageError(CliTestRun.Of("plot", short_), "short.csv:2", "fields");
        }
    }
}
