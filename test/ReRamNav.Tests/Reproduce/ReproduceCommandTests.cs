using System.Globalization;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Mars;
using ReRamNav.Tests.Cli;

namespace ReRamNav.Tests.Reproduce
{
    [TestClass]
    public class ReproduceCommandTests
    {
        private string _dir;

        [TestInitialize]
        public void Setup() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void Cleanup() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

        /// <summary>A small synthetic map written in the plain 'width height' levels format.</summary>
        private string WriteSmallMap()
        {
            var map = SyntheticTerrain.Generate("small", 32, 32, 3);
            var sb = new StringBuilder("32 32\n");
            for (int r = 0; r < 32; r++)
            {
                for (int c = 0; c < 32; c++)
                    sb.Append(c == 0 ? "" : " ").Append((map.ElevationCentiAt(r, c) / 100.0).ToString("0.##", CultureInfo.InvariantCulture));
                sb.Append('\n');
            }
            string path = Path.Combine(_dir, "small.txt");
            File.WriteAllText(path, sb.ToString());
            return path;
        }

        [TestMethod]
        public void RunsEveryFigureEndToEndOnSmallSettings()
        {
            string map = WriteSmallMap(), outDir = Path.Combine(_dir, "out");
            var run = CliTestRun.Of("reproduce", "--figure", "all", "--seeds", "1", "--trials-per-block", "6", "--dqn-seeds", "1",
                "--map", map, "--rover-trials", "4", "--rover-max-steps", "300", "--out", outDir);
            Assert.AreEqual(0, run.ExitCode, run.Stderr + run.Stdout);
            foreach (var f in new[] { "report.md", "fig4b.png", "fig4b-trials.csv", "fig4c-energy.csv", "fig4c.png", "baselines.csv", "fig4f-accuracy.csv",
                         "fig4f-ours.png", "fig4g-elements.csv", "fig4g.png", "fig5d-steps.csv", "fig5d.png",
                         "fig5g-transfer.csv", "fig5g.png", "fig5b-trajectories.csv", "fig5b.png", "ablations.csv", "ablations-built-in.png" })
                Assert.IsTrue(File.Exists(Path.Combine(outDir, f)), f);
            foreach (var fig in new[] { "| 4b |", "| 4c |", "| baselines |", "| 4f |", "| 4g |", "| 5d |", "| 5g |", "| 5b |", "| ablations |", "| table1 |" })
                StringAssert.Contains(run.Stdout, fig);
            StringAssert.Contains(File.ReadAllText(Path.Combine(outDir, "report.md")), "| fig | claim | paper | ours | target | result |");
            Assert.AreEqual(1 + 64 * 2, File.ReadAllLines(Path.Combine(outDir, "fig4f-accuracy.csv")).Length);
        }

        [TestMethod]
        public void RoverCurveIsTheSameWhetherOrNotTransferRunsToo()
        {
            string map = WriteSmallMap(), alone = Path.Combine(_dir, "alone"), both = Path.Combine(_dir, "both");
            string[] common = { "--seeds", "2", "--map", map, "--rover-trials", "5", "--rover-max-steps", "300" };
            Assert.AreEqual(0, CliTestRun.Of(new[] { "reproduce", "--figure", "5d", "--out", alone }.Concat(common).ToArray()).ExitCode);
            Assert.AreEqual(0, CliTestRun.Of(new[] { "reproduce", "--figure", "5d,5g", "--out", both }.Concat(common).ToArray()).ExitCode);
            CollectionAssert.AreEqual(File.ReadAllLines(Path.Combine(alone, "fig5d-steps.csv")), File.ReadAllLines(Path.Combine(both, "fig5d-steps.csv")));
            var transfer = File.ReadAllLines(Path.Combine(both, "fig5g-transfer.csv"));
            Assert.AreEqual(1 + 5, transfer.Length);
            // The scratch half of 5g is the 5d curve.
            for (int t = 1; t <= 5; t++)
                Assert.AreEqual(File.ReadAllLines(Path.Combine(alone, "fig5d-steps.csv"))[t].Split(',')[1], transfer[t].Split(',')[1]);
        }

        [TestMethod]
        public void BadInputExitsWithTwoAndNamesTheProblem()
        {
            var run = CliTestRun.Of("reproduce", "--figure", "9z", "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--figure: '9z' is not a figure");

            run = CliTestRun.Of("reproduce", "--figure", "5d", "--map", Path.Combine(_dir, "nope.txt"), "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--map:");
            StringAssert.Contains(run.Stderr, "file not found");

            string bad = Path.Combine(_dir, "bad.txt");
            File.WriteAllText(bad, "3 3\n1 2 3\n1 two 3\n1 2 3\n");
            run = CliTestRun.Of("reproduce", "--figure", "5d", "--map", bad, "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "bad.txt:3: row 1, value 2 (col 1) 'two' is not a number");

            string map = WriteSmallMap();
            run = CliTestRun.Of("reproduce", "--figure", "5d", "--map", map, "--cost", "slope", "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--cost: slope needs a map in metres");

            run = CliTestRun.Of("reproduce", "--figure", "5d", "--map", map, "--map-start", "40,1", "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--map-start/--map-goal:");
            StringAssert.Contains(run.Stderr, "outside the 32x32 map");

            run = CliTestRun.Of("reproduce", "--seeds", "0", "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--seeds");
        }
    }
}
