using System.Globalization;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Sweep;

namespace ReRamNav.Tests.Cli
{
    /// <summary>`reramnav model ...` and `reramnav sweep table1`, in-process.</summary>
    [TestClass]
    public class DeviceModelCommandTests
    {
        private string _dir = "";

        [TestInitialize] public void Init() => _dir = CliTestRun.TempDir();
        [TestCleanup] public void Cleanup() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

        [TestMethod]
        public void ModelAll_WritesEveryCsvAndPng_AndTheLrsCsvMatchesThePaper()
        {
            var run = CliTestRun.Of("model", "all", "--cycles", "400", "--out", _dir);
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            foreach (string view in new[] { "lrs", "hrs", "c2c", "iv", "relaxation" })
            {
                Assert.IsTrue(new FileInfo(Path.Combine(_dir, $"model-{view}.png")).Length > 10000, view + " png");
                Assert.IsTrue(File.ReadAllLines(Path.Combine(_dir, $"model-{view}.csv")).Length > 5, view + " csv");
            }
            StringAssert.Contains(run.Stdout, "LRS vs compliance current (400 SETs per point");
            // The CSV carries model and paper side by side: mean within 5 %, sigma within 30 % at every I_C.
            var lines = File.ReadAllLines(Path.Combine(_dir, "model-lrs.csv")).Skip(1).Select(l => l.Split(',').Select(x => double.Parse(x, CultureInfo.InvariantCulture)).ToArray()).ToList();
            Assert.AreEqual(11, lines.Count);
            foreach (var f in lines)
            {
                Assert.AreEqual(f[4], f[1], 0.05 * f[4], "mean at " + f[0] + " uA");
                Assert.AreEqual(f[5], f[2], 0.30 * f[5], "sigma at " + f[0] + " uA");
            }
            Assert.AreEqual(2 * 101 + 2 * 101 + 1, File.ReadAllLines(Path.Combine(_dir, "model-iv.csv")).Length);
        }

        [TestMethod]
        public void ModelCommands_RejectBadOptions_WithExitCode2()
        {
            var run = CliTestRun.Of("model", "lrs", "--cycles", "1");
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--cycles: 1 is out of range, expected 2..1000000");
            run = CliTestRun.Of("model", "hrs", "--device", "gold");
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--device: 'gold' is not a device preset");
            run = CliTestRun.Of("model", "nope");
            Assert.AreEqual(2, run.ExitCode);
        }

        [TestMethod]
        public void SweepTable1_WritesTheGrid_BesideThePaper()
        {
            var run = CliTestRun.Of("sweep", "table1", "--seeds", "1", "--trials-per-block", "4", "--out", _dir);
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            var rows = File.ReadAllLines(Path.Combine(_dir, "table1-accuracy.csv"));
            Assert.AreEqual("compliance_ua,stop_mv,device,seeds,trials_scored,trials_reached,accuracy_pct,median_steps_scored,paper_accuracy_pct,window_median_ratio,p_hrs_reads_as_lrs,p_hrs_above_lrs", rows[0]);
            Assert.AreEqual(21, rows.Length);
            StringAssert.Contains(rows.Single(r => r.StartsWith("50,-1000,")), ",69.4");
            StringAssert.Contains(rows.Single(r => r.StartsWith("160,-1600,")), ",99.3");
            // 3 blocks x 2 scored trials (second half of 4) x 1 seed per point.
            Assert.IsTrue(rows.Skip(1).All(r => r.Split(',')[4] == "6"));
            Assert.IsTrue(new FileInfo(Path.Combine(_dir, "table1-accuracy.png")).Length > 10000);
            StringAssert.Contains(run.Stdout, "trend: rises with I_C:");

            var bad = CliTestRun.Of("sweep", "table1", "--seeds", "0");
            Assert.AreEqual(2, bad.ExitCode);
            StringAssert.Contains(bad.Stderr, "--seeds: 0 is out of range");
            bad = CliTestRun.Of("sweep", "table1", "--trials-per-block", "1");
            Assert.AreEqual(2, bad.ExitCode);
            StringAssert.Contains(bad.Stderr, "--trials-per-block: 1 is out of range");
        }

        private static List<Table1Sweep.Cell> Grid(Func<int, int, double> accuracy) =>
            (from ic in Table1Reference.ComplianceUa from v in Table1Reference.StopMv
             let pct = accuracy(Array.IndexOf(Table1Reference.ComplianceUa, ic), Array.IndexOf(Table1Reference.StopMv, v))
             select new Table1Sweep.Cell(ic, v, 1, 1000, (int)Math.Round(pct * 10), 0, 0)).ToList();

        [TestMethod]
        public void Trend_RecognisesThePapersTable_AndRejectsFlatOrInvertedGrids()
        {
            var paper = Table1Trend.Judge(Grid((i, v) => Table1Reference.AccuracyPct[i][v]));
            Assert.IsTrue(paper.RisesWithCompliance && paper.RisesWithStopVoltage && paper.HighOnlyInCorner, "the paper's own table shows its trend");
            var flat = Table1Trend.Judge(Grid((i, v) => 100));
            Assert.IsFalse(flat.RisesWithCompliance || flat.RisesWithStopVoltage || flat.HighOnlyInCorner);
            var onlyIc = Table1Trend.Judge(Grid((i, v) => 80 + 5 * i));
            Assert.IsTrue(onlyIc.RisesWithCompliance);
            Assert.IsFalse(onlyIc.RisesWithStopVoltage, "a grid constant along V_STOP does not rise with |V_STOP|");
            var inverted = Table1Trend.Judge(Grid((i, v) => Table1Reference.AccuracyPct[4 - i][3 - v]));
            Assert.IsFalse(inverted.RisesWithCompliance || inverted.RisesWithStopVoltage);
        }
    }
}
