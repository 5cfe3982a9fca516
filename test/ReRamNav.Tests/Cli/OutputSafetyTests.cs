using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Commands;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Tests.Cli
{
    /// <summary>
    /// Results are never computed and then lost: output paths are checked before a run, an interrupted sweep keeps
    /// the points that finished, and a run that would fill a disk is refused. Plus the notes said before a run.
    /// </summary>
    [TestClass]
    public class OutputSafetyTests
    {
        private string _dir = "";

        [TestInitialize]
        public void Init() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void Cleanup() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

        private static void AssertRefusedBeforeRun(CliTestRun run, string expected)
        {
            Assert.AreEqual(2, run.ExitCode, run.Stdout + run.Stderr);
            StringAssert.Contains(run.Stderr, expected);
            Assert.AreEqual("", run.Stdout, "refused before the run printed anything");
        }

        [TestMethod]
        public void ADirectoryWhereAResultFileGoes_IsRefusedBeforeTheRun_NamingOut()
        {
            string demo = Path.Combine(_dir, "demo"), repro = Path.Combine(_dir, "repro"), model = Path.Combine(_dir, "model"), table1 = Path.Combine(_dir, "t1");
            Directory.CreateDirectory(Path.Combine(demo, "learning.png"));
            Directory.CreateDirectory(Path.Combine(repro, "report.md"));
            Directory.CreateDirectory(Path.Combine(model, "model-lrs.csv"));
            Directory.CreateDirectory(Path.Combine(model, "unrelated.csv"));
            Directory.CreateDirectory(Path.Combine(table1, "table1-accuracy.csv"));
            AssertRefusedBeforeRun(CliTestRun.Of("demo", "--trials-per-block", "2", "--out", demo), "--out: " + Path.Combine(demo, "learning.png") + " is a directory");
            AssertRefusedBeforeRun(CliTestRun.Of("reproduce", "--figure", "4g", "--out", repro), "--out: " + Path.Combine(repro, "report.md") + " is a directory");
            AssertRefusedBeforeRun(CliTestRun.Of("model", "lrs", "--out", model), "--out: " + Path.Combine(model, "model-lrs.csv") + " is a directory");
            Directory.Delete(Path.Combine(model, "model-lrs.csv"));
            Assert.AreEqual(0, CliTestRun.Of("model", "lrs", "--cycles", "20", "--out", model).ExitCode, "a directory the command does not write to is no obstacle");
            AssertRefusedBeforeRun(CliTestRun.Of("sweep", "table1", "--seeds", "1", "--out", table1), "--out: " + Path.Combine(table1, "table1-accuracy.csv") + " is a directory");
        }

        [TestMethod]
        public void PlotOut_IsCheckedBeforeDrawing_AndItsDirectoryCreated()
        {
            string runDir = Path.Combine(_dir, "run");
            Assert.AreEqual(0, CliTestRun.Of("demo", "--trials-per-block", "2", "--out", runDir).ExitCode);
            string csv = Path.Combine(runDir, "trials.csv");
            string squat = Path.Combine(_dir, "squat.png");
            Directory.CreateDirectory(squat);
            var refused = CliTestRun.Of("plot", csv, "--out", squat);
            Assert.AreEqual(2, refused.ExitCode, refused.Stderr);
            StringAssert.Contains(refused.Stderr, "--out: " + squat + " is a directory");
            string nested = Path.Combine(_dir, "new", "sub", "curve.png");
            var ok = CliTestRun.Of("plot", csv, "--out", nested);
            Assert.AreEqual(0, ok.ExitCode, ok.Stderr);
            Assert.IsTrue(File.Exists(nested));
        }

        [TestMethod]
        public void InterruptedGridSweep_KeepsThePointsWhoseEverySeedFinished()
        {
            GridMaze a = BuiltInMazes.LayoutA(), b = BuiltInMazes.LayoutB();
            var points = new List<string[]> { new[] { "TrailLength=10" }, new[] { "TrailLength=20" }, new[] { "TrailLength=30" }, new[] { "TrailLength=40" } };
            uint[] seeds = { 1, 2 };
            using var cancel = new CancellationTokenSource();
            int reports = 0;
            var results = GridSweepCommand.Run(points, seeds, a, b, a.StartRow, a.StartCol, 2, 100,
                done => { Interlocked.Increment(ref reports); if (done >= 3) cancel.Cancel(); }, cancel.Token);
            Assert.IsTrue(results.Count >= 1 && results.Count < points.Count, results.Count + " of " + points.Count + " points kept");
            Assert.IsTrue(results.All(r => r.Runs.Count == seeds.Length && r.Runs.All(run => run != null && run.Count == 6)), "a kept point has every seed's run");
            Assert.IsTrue(reports >= 3);
            var all = GridSweepCommand.Run(points, seeds, a, b, a.StartRow, a.StartCol, 2, 100);
            Assert.AreEqual(points.Count, all.Count, "not interrupted: every point");
        }

        [TestMethod]
        public void BoardRoutines_ThatWouldWriteMillionsOfRows_AreRefused_WithWhatFits_AndLeaveNoFile()
        {
            string csv = Path.Combine(_dir, "end.csv"), ops = Path.Combine(_dir, "ops.csv");
            var run = CliTestRun.Of("board", "endurance", "--cycles", "100000000", "--places", "1", "--out", csv);
            Assert.AreEqual(2, run.ExitCode, run.Stdout + run.Stderr);
            StringAssert.Contains(run.Stderr, "--cycles 100000000 on 9 cells with --log-every 1 would write 900,000,000 rows");
            StringAssert.Contains(run.Stderr, "give --log-every 181 or more");
            Assert.IsFalse(File.Exists(csv), "a refused run leaves no empty --out file");
            var suggested = CliTestRun.Of("board", "endurance", "--cycles", "100000000", "--log-every", "181", "--places", "1", "--out", csv, "--log", ops);
            Assert.AreEqual(2, suggested.ExitCode);
            StringAssert.Contains(suggested.Stderr, "--log: --cycles 100000000 on 9 cells with --log-every 181 would log 3,600,000,000 operations");
            Assert.IsFalse(File.Exists(csv) || File.Exists(ops), "neither file is left");

            var retention = CliTestRun.Of("board", "retention", "--reads", "100000000", "--out", csv);
            Assert.AreEqual(2, retention.ExitCode, retention.Stderr);
            StringAssert.Contains(retention.Stderr, "--reads 100000000 of 8100 cells would write 810,000,000,000 rows");
            StringAssert.Contains(retention.Stderr, "give --reads 617 or fewer");

            var fits = CliTestRun.Of("board", "endurance", "--cycles", "200", "--log-every", "100", "--places", "1", "--out", csv);
            Assert.AreEqual(0, fits.ExitCode, fits.Stderr);
            Assert.AreEqual(1 + 2 * 9, File.ReadAllLines(csv).Length, "header + one row per logged cycle (2) and cell (9)");
        }

        [TestMethod]
        public void EnduranceWithLog_TheHintIsAboutCycles_SinceLogEveryDoesNotShrinkTheLog()
        {
            string csv = Path.Combine(_dir, "e.csv"), ops = Path.Combine(_dir, "ops.csv");
            var run = CliTestRun.Of("board", "endurance", "--cycles", "1000000", "--log-every", "1000", "--places", "1", "--out", csv, "--log", ops);
            Assert.AreEqual(2, run.ExitCode, run.Stderr);
            StringAssert.Contains(run.Stderr, "--log: --cycles 1000000 on 9 cells with --log-every 1000 would log 36,000,000 operations");
            StringAssert.Contains(run.Stderr, "give --cycles 138888 or fewer (the log has every pulse and read: --log-every does not shrink it)");
        }

        [TestMethod]
        public void DemoLog_ThatIsAnOutputOrInputFile_IsRefused()
        {
            string outDir = Path.Combine(_dir, "out"), maze = Path.Combine(_dir, "a.txt");
            File.WriteAllLines(maze, new[] { "######", "#S..G#", "######" });
            AssertRefusedBeforeRun(CliTestRun.Of("demo", "--trials-per-block", "1", "--out", outDir, "--log", Path.Combine(outDir, "trials.csv")),
                "--log: " + Path.Combine(outDir, "trials.csv") + " is also an --out file");
            AssertRefusedBeforeRun(CliTestRun.Of("demo", "--trials-per-block", "1", "--maze-a", maze, "--maze-b", maze, "--log", maze), "--log: " + maze + " is also the --maze-a file");
            Assert.AreEqual(3, File.ReadAllLines(maze).Length, "the maze is untouched");
        }

        [TestMethod]
        public void Monitor_ARefusedLog_LeavesAnEarlierOutFileAsItWas_AndOutCannotBeTheLog()
        {
            string keep = Path.Combine(_dir, "keep.csv"), log = Path.Combine(_dir, "v2.log");
            File.WriteAllText(keep, "earlier results\n");
            File.WriteAllLines(log, new[] { "# telemetry v2", "trial,block" });
            var refused = CliTestRun.Of("monitor", "--from", log, "--out", keep);
            Assert.AreEqual(2, refused.ExitCode, refused.Stderr);
            Assert.AreEqual("earlier results\n", File.ReadAllText(keep), "a refused log does not empty --out");
            var same = CliTestRun.Of("monitor", "--from", log, "--out", log);
            Assert.AreEqual(2, same.ExitCode);
            StringAssert.Contains(same.Stderr, "--out: " + log + " is also the --from log");
            Assert.AreEqual(2, File.ReadAllLines(log).Length, "the log is untouched");
            string fresh = Path.Combine(_dir, "never.csv");
            CliTestRun.Of("monitor", "--from", log, "--out", fresh);
            Assert.IsFalse(File.Exists(fresh), "no empty file for a refused log");
        }

        [TestMethod]
        public void Notes_BsOwnStart_AndACapBelowTheShortestPath()
        {
            string a = Path.Combine(_dir, "a.txt"), b = Path.Combine(_dir, "b.txt");
            File.WriteAllLines(a, new[] { "######", "#S..G#", "######" });
            File.WriteAllLines(b, new[] { "######", "#.S.G#", "######" });
            var run = CliTestRun.Of("demo", "--maze-a", a, "--maze-b", b, "--trials-per-block", "1");
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            StringAssert.Contains(run.Stdout, "note: layout B marks its start at (1,2); every block starts at (1,1)");
            var cap = CliTestRun.Of("demo", "--max-steps", "20", "--trials-per-block", "1");
            StringAssert.Contains(cap.Stdout, "note: --max-steps 20 is below the shortest path (A: 31 moves)");
            Assert.IsFalse(CliTestRun.Of("demo", "--trials-per-block", "1").Stdout.Contains("note:"), "no note when nothing is unexpected");
        }
    }
}
