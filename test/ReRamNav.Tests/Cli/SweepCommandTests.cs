using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli;
using ReRamNav.Cli.Analysis;
using ReRamNav.Cli.Simulation;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.Cli
{
    /// <summary>`reramnav sweep grid` (and bare `sweep`): the grid, that its values reach the agent, the CSVs, and bad input.</summary>
    [TestClass]
    public class SweepCommandTests
    {
        private string _dir;

        [TestInitialize]
        public void MakeDir() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void RemoveDir() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

        [TestMethod]
        public void GridIsEveryCombination_FirstAxisSlowest_NamesCanonical()
        {
            var grid = ParameterGrid.Parse(new[] { "traillength=10,50", "TrailMode=0,1,2" });
            CollectionAssert.AreEqual(new[] { "TrailLength", "TrailMode" }, grid.Names.ToArray());
            Assert.AreEqual(6, grid.Count);
            var points = grid.Points();
            CollectionAssert.AreEqual(new[] { "TrailLength=10", "TrailMode=0" }, points[0]);
            CollectionAssert.AreEqual(new[] { "TrailLength=10", "TrailMode=2" }, points[2]);
            CollectionAssert.AreEqual(new[] { "TrailLength=50", "TrailMode=0" }, points[3]);
        }

        [TestMethod]
        public void SweepRowsMatchDirectRunsWithTheSameParameters()
        {
            var run = CliTestRun.Of("sweep", "grid", "--param", "TrailMode=0,2", "--param", "ForgetFailedRecalls=false", "--seeds", "2",
                "--trials-per-block", "4", "--max-steps", "300", "--out", _dir);
            Assert.AreEqual(0, run.ExitCode, run.Stderr + run.Stdout);
            var rows = File.ReadAllLines(Path.Combine(_dir, "sweep.csv"));
            StringAssert.StartsWith(rows[0], "TrailMode,ForgetFailedRecalls,seeds,median_converged_b1,median_converged_b2,median_converged_b3,");
            Assert.AreEqual(3, rows.Length, "a header and one row per grid point");
            Assert.AreEqual(1 + 2 * 2 * 3, File.ReadAllLines(Path.Combine(_dir, "sweep-blocks.csv")).Length, "points x seeds x blocks");
            StringAssert.Contains(run.Stdout, "converge A / B / A");

            // The second row (TrailMode=2) is what the same parameters give when run directly.
            var direct = new List<IReadOnlyList<TrialRecord>>();
            foreach (uint seed in new uint[] { 1, 2 })
            {
                var copy = AgentParameterOverrides.Apply(AgentParameters.PaperDefaults(), new[] { "TrailMode=2", "ForgetFailedRecalls=false" });
                direct.Add(MazeExperiment.Run(BuiltInMazes.LayoutA(), BuiltInMazes.LayoutB(), BuiltInMazes.StartRow, BuiltInMazes.StartCol, 4, 300, seed, copy));
            }
            var summary = AbaRunSummary.Of(direct);
            string[] cells = rows[2].Split(',');
            Assert.AreEqual("2", cells[0]);
            Assert.AreEqual(summary.SuccessPct.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), cells[15]);
            Assert.AreEqual(summary.Blocks[0].MedianConvergedAtTrial.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), cells[3]);
        }

        [TestMethod]
        public void BareSweepRunsTheGrid()
        {
            var run = CliTestRun.Of("sweep", "--param", "TrailLength=10,50", "--seeds", "1", "--trials-per-block", "2", "--max-steps", "200", "--out", _dir);
            Assert.AreEqual(0, run.ExitCode, run.Stderr + run.Stdout);
            Assert.AreEqual(3, File.ReadAllLines(Path.Combine(_dir, "sweep.csv")).Length);
        }

        private static void ExpectUsageError(CliTestRun run, params string[] fragments)
        {
            Assert.AreEqual(2, run.ExitCode, run.Stdout + run.Stderr);
            StringAssert.StartsWith(run.Stderr, "error: ");
            Assert.IsFalse(run.Stderr.Contains("   at "), "no stack trace");
            foreach (string fragment in fragments) StringAssert.Contains(run.Stderr, fragment);
        }

        [TestMethod]
        public void BadInputExitsWithTwoNamingTheOption()
        {
            string o = Path.Combine(_dir, "o");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--out", o), "--param", "at least one axis");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "Nope=1,2", "--out", o), "--param", "unknown agent parameter 'Nope'");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=10,ten", "--out", o), "--param", "TrailLength", "'ten'", "integer");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "ForgetFailedRecalls=yes", "--out", o), "true or false");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=10,,50", "--out", o), "empty value");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength", "--out", o), "NAME=V1,V2");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=1", "--param", "traillength=2", "--out", o), "given twice");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=5,5", "--out", o), "lists a value twice");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "SynapseComplianceUa=100,500", "--out", o), "SynapseComplianceUa = 500 µA", "outside the board's limits");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=" + string.Join(",", Enumerable.Range(1, 300)),
                "--param", "TrailMode=0,1,2", "--seeds", "30", "--out", o), "--param/--seeds", "at most");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=5", "--seeds", "0", "--out", o), "--seeds");
            ExpectUsageError(CliTestRun.Of("sweep", "grid", "--param", "TrailLength=5", "--maze-a", Path.Combine(_dir, "none.txt"), "--out", o), "--maze-a", "not found");
            Assert.IsFalse(Directory.Exists(o), "nothing written on bad input");
        }
    }
}
