using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli;
using ReRamNav.Cli.Reproduce;
using ReRamNav.Cli.Simulation;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Tests.Cli;

namespace ReRamNav.Tests.Reproduce
{
    /// <summary>`reproduce --figure ablations`: the variants are what they claim, they reach the agent and the bench, and the outputs are written.</summary>
    [TestClass]
    public class AblationTests
    {
        private string _dir;

        [TestInitialize]
        public void Setup() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void Cleanup() { try { Directory.Delete(_dir, true); } catch (IOException) { } }

        [TestMethod]
        public void FaithfulVariantIsTheAuthorsRules()
        {
            var faithful = AblationCatalogue.All().Single(v => v.Id == "faithful");
            var p = AblationExperiment.ParametersFor(faithful, Array.Empty<string>(), 600);
            Assert.AreEqual(TrailMode.LastPositions, p.TrailMode);
            Assert.AreEqual(50, p.TrailLength);
            Assert.AreEqual(4, p.AdaptationMaxVisits);
            Assert.IsFalse(p.ForgetFailedRecalls);
            Assert.IsFalse(p.ClearStalePenalties);
            Assert.AreEqual(0, p.ExplorationTrials);
            Assert.IsFalse(p.ReplanFailedRecalls);
            Assert.AreEqual(0, p.ReexploreRoutePercent);
            Assert.AreEqual(0, p.ScaleUpAfterBumps);
            Assert.IsFalse(faithful.Bench.Relaxation);
        }

        [TestMethod]
        public void EveryImprovementDiffersFromFaithfulInItsSwitchAndAllTogetherHasEveryOne()
        {
            var all = AblationCatalogue.All();
            Assert.AreEqual(all.Count, all.Select(v => v.Id).Distinct().Count(), "ids are unique");
            var faithful = Fields(AblationExperiment.ParametersFor(all[0], Array.Empty<string>(), 600));
            foreach (var v in AblationCatalogue.Improvements)
            {
                var mine = Fields(AblationExperiment.ParametersFor(v, Array.Empty<string>(), 600));
                int changed = mine.Keys.Count(k => !Equals(mine[k], faithful[k]));
                Assert.IsTrue(changed == v.Params.Length && (changed > 0 || v.Bench.Relaxation), $"{v.Id}: changes {changed} parameters");
            }
            var together = all.Single(v => v.Id == "all");
            foreach (var v in AblationCatalogue.Improvements.Where(v => v.InAllTogether))
                foreach (var assignment in v.Params) CollectionAssert.Contains(together.Params, assignment, v.Id);
            Assert.IsTrue(together.Bench.Relaxation && together.Bench.RelaxationScale == 1, "all together: calibrated relaxation, not the hypothetical device");
            var p = AblationExperiment.ParametersFor(together, Array.Empty<string>(), 600);
            Assert.AreEqual(TrailMode.ShortestExperienced, p.TrailMode, "the later TrailMode wins");
        }

        [TestMethod]
        public void UserParamIsAppliedAfterTheVariantSwitches()
        {
            var shortcut = AblationCatalogue.Improvements.Single(v => v.Id == "shortcut");
            var p = AblationExperiment.ParametersFor(shortcut, new[] { "TrailLength=7", "TrailMode=1" }, 600);
            Assert.AreEqual(7, p.TrailLength);
            Assert.AreEqual(TrailMode.LoopErased, p.TrailMode);
            Assert.IsTrue(p.MaxPathLength >= 601);
        }

        [TestMethod]
        public void RelaxationBenchLowersAProgrammedDeviceOverRest_PaperBenchDoesNot()
        {
            foreach (bool relax in new[] { true, false })
            {
                var bench = VirtualBench.Create(5, 4, 4, new BenchSettings(relax, AblationCatalogue.HypotheticalRelaxationScale, 0));
                bench.Driver.AddSet(0, 8, 1500, 170, 1000);
                bench.Driver.CommitPulses();
                int before = bench.Board.Array.EffectiveNs(0, 8);
                bench.Rest(600_000);
                int after = bench.Board.Array.EffectiveNs(0, 8);
                if (relax) Assert.IsTrue(after < before - 10_000, $"relaxed {before} -> {after} nS over 10 min");
                else Assert.AreEqual(before, after);
            }
        }

        [TestMethod]
        public void AblationsRunOnBuiltInAndUserMazes_WriteCsvPngAndReportTable()
        {
            string a = Path.Combine(_dir, "a.txt"), b = Path.Combine(_dir, "b.txt"), outDir = Path.Combine(_dir, "out");
            File.WriteAllText(a, BuiltInMazes.LayoutAText());
            File.WriteAllText(b, BuiltInMazes.LayoutBText());
            var run = CliTestRun.Of("reproduce", "--figure", "ablations", "--seeds", "1", "--trials-per-block", "3", "--max-steps", "200",
                "--maze-a", a, "--maze-b", b, "--out", outDir);
            Assert.AreEqual(0, run.ExitCode, run.Stderr + run.Stdout);
            int variants = AblationCatalogue.All().Count;
            var rows = File.ReadAllLines(Path.Combine(outDir, "ablations.csv"));
            Assert.AreEqual(1 + 2 * variants, rows.Length, "one row per maze pair and variant");
            Assert.IsTrue(rows.Skip(1).Any(r => r.StartsWith("user-mazes,faithful,")));
            Assert.AreEqual(1 + 2 * variants * 9, File.ReadAllLines(Path.Combine(outDir, "ablations-runs.csv")).Length, "every trial");
            foreach (var png in new[] { "ablations-built-in.png", "ablations-user-mazes.png" })
                CollectionAssert.AreEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(Path.Combine(outDir, png)).Take(4).ToArray(), png);
            string report = File.ReadAllText(Path.Combine(outDir, "report.md"));
            StringAssert.Contains(report, "## Ablations");
            StringAssert.Contains(report, "| variant | converge A / B / A (seeds) | recall | path | success | effect vs base | what |");
            StringAssert.Contains(report, "| relaxation-x100 |");
            StringAssert.Contains(report, "| ours-no-replay |");
        }

        [TestMethod]
        public void OutOfLimitParamIsRefusedBeforeAnyRun()
        {
            var run = CliTestRun.Of("reproduce", "--figure", "ablations", "--param", "WallComplianceUa=900", "--out", _dir);
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--param: WallComplianceUa = 900 µA is outside the board's limits");
            Assert.IsFalse(File.Exists(Path.Combine(_dir, "ablations.csv")));
        }

        [TestMethod]
        public void PulseLimitsAcceptTheDefaultsAndNameEachBadField()
        {
            AgentPulseLimits.Check(AgentParameters.PaperDefaults(), SafetyLimits.SiOxDefaults());
            foreach (var bad in new[] { "SetAmplitudeMv=3000", "PulseWidthNs=10", "TrailComplianceUa=5", "TrailStopMv=-2500", "ClearStopMv=100", "ReadMv=400" })
            {
                // Apply checks the limits itself, so a bad --param never reaches a run.
                var e = Assert.ThrowsExactly<CliUsageException>(() => AgentParameterOverrides.Apply(AgentParameters.PaperDefaults(), new[] { bad }));
                StringAssert.Contains(e.Message, bad[..bad.IndexOf('=')]);
            }
        }

        [TestMethod]
        public void ParallelRunsRethrowTheRunsOwnException()
        {
            Assert.ThrowsExactly<InvalidOperationException>(() => ParallelRuns.Map<int>(4, i => i == 2 ? throw new InvalidOperationException("x") : i));
            CollectionAssert.AreEqual(new[] { 0, 2, 4 }, ParallelRuns.Map(3, i => 2 * i));
        }

        private static Dictionary<string, object> Fields(AgentParameters p) =>
            typeof(AgentParameters).GetFields().ToDictionary(f => f.Name, f => f.GetValue(p));
    }
}
