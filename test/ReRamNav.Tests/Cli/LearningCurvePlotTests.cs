using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Output;
using ReRamNav.Firmware.Experiment;
using ScottPlot.Plottables;

namespace ReRamNav.Tests.Cli
{
    /// <summary>The learning curve's "goal not reached" marks say what the plotted median is (LearningCurvePlot).</summary>
    [TestClass]
    public class LearningCurvePlotTests
    {
        private const int Cap = 600;

        /// <summary>Trial t of seed s: steps, or the cap when the goal was not reached.</summary>
        private static (TrialRecord, uint) Row(int trial, uint seed, int? steps) =>
            (new TrialRecord { Trial = trial, Block = 1, Layout = "A", Steps = steps ?? Cap, OptimalSteps = 31, ReachedGoal = steps != null, TrialInBlock = trial }, seed);

        /// <summary>Three seeds: trial 1 nobody reaches the goal, trial 2 one seed misses it (median 40), trial 3 all reach it.</summary>
        private static List<(TrialRecord Record, uint Seed)> ThreeSeeds() => new()
        {
            Row(1, 1, null), Row(1, 2, null), Row(1, 3, null),
            Row(2, 1, 35), Row(2, 2, null), Row(2, 3, 40),
            Row(3, 1, 31), Row(3, 2, 33), Row(3, 3, 32),
        };

        private static Scatter? Series(ScottPlot.Plot plot, string legendStart) =>
            plot.GetPlottables().OfType<Scatter>().SingleOrDefault(s => s.LegendText.StartsWith(legendStart, StringComparison.Ordinal));

        [TestMethod]
        public void RedMarker_OnlyWhereNoSeedReachedTheGoal_AndOnTheMedian()
        {
            var points = LearningCurvePlot.Points(ThreeSeeds());
            Assert.AreEqual(40, points[1].MedianSteps, "trial 2: the median is below the cap");
            Assert.AreEqual(1, points[1].NotReached);
            Assert.IsFalse(points[1].NoneReached);
            Assert.IsTrue(points[0].NoneReached);

            var plot = LearningCurvePlot.Build(ThreeSeeds(), "t");
            var marker = Series(plot, "no seed reached the goal");
            Assert.IsNotNull(marker, "legend: " + string.Join(" | ", plot.GetPlottables().OfType<Scatter>().Select(s => s.LegendText)));
            var marked = marker.Data.GetScatterPoints().ToList();
            Assert.AreEqual(1, marked.Count, "only trial 1 is marked, not the seed that missed trial 2");
            Assert.AreEqual(1, marked[0].X);
            Assert.AreEqual(Cap, marked[0].Y, "on the curve: the median of trial 1 is the cap");
            var curve = Series(plot, "steps per trial (median of 3 seeds)");
            Assert.IsNotNull(curve);
            foreach (var m in marked) Assert.IsTrue(curve.Data.GetScatterPoints().Contains(m), "every marker sits on the plotted median");
        }

        [TestMethod]
        public void ShareOfSeedsNotReaching_IsDrawnOnTheRightAxis_AndExplainedInTheLegend()
        {
            var plot = LearningCurvePlot.Build(ThreeSeeds(), "t");
            var bars = plot.GetPlottables().OfType<BarPlot>().Single();
            Assert.AreEqual("seeds that did not reach the goal (%, right axis)", bars.LegendText);
            Assert.AreSame(plot.Axes.Right, bars.Axes.YAxis);
            CollectionAssert.AreEqual(new[] { 1.0, 2.0 }, bars.Bars.Select(b => b.Position).ToArray(), "trials 1 and 2 had misses, trial 3 none");
            Assert.AreEqual(100.0, bars.Bars[0].Value, 1e-9);
            Assert.AreEqual(100.0 / 3, bars.Bars[1].Value, 1e-9);

            string png = Path.Combine(Path.GetTempPath(), "reramnav-curve-" + Guid.NewGuid().ToString("N") + ".png");
            try
            {
                LearningCurvePlot.Save(png, ThreeSeeds(), "t");
                Assert.IsTrue(new FileInfo(png).Length > 1000);
            }
            finally { File.Delete(png); }
        }

        [TestMethod]
        public void OneSeed_FailedTrialsAtTheCap_NoShareBars()
        {
            var rows = new List<(TrialRecord Record, uint Seed)> { Row(1, 7, null), Row(2, 7, 50), Row(3, 7, null) };
            var plot = LearningCurvePlot.Build(rows, "t");
            Assert.AreEqual(0, plot.GetPlottables().OfType<BarPlot>().Count());
            var marker = Series(plot, "goal not reached (step cap)");
            Assert.IsNotNull(marker);
            CollectionAssert.AreEqual(new[] { 1.0, 3.0 }, marker.Data.GetScatterPoints().Select(p => p.X).ToArray());
            Assert.IsTrue(marker.Data.GetScatterPoints().All(p => p.Y == Cap));
        }
    }
}
