using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Console;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.SerialConsole
{
    [TestClass]
    public class TelemetryFormatTests
    {
        /// <summary>The column contract (docs/telemetry.md; the first 16 columns of the host's trials.csv).</summary>
        private static readonly string[] Columns =
        {
            "trial", "block", "layout", "start_row", "start_col", "steps", "optimal_steps", "reached_goal",
            "penalties", "sets", "resets", "reads", "spi_transactions", "spi_bytes", "energy_pj", "time_us",
        };

        private static TrialRecord Sample(string layout = "A") => new TrialRecord
        {
            Trial = 12, Block = 2, TrialInBlock = 2, Layout = layout, StartRow = 1, StartCol = 26, Steps = 57, OptimalSteps = 31,
            ReachedGoal = true, Penalties = 3, Sets = 40, Resets = 7, Reads = 513, SpiTransactions = 98, SpiBytes = 5120,
            EnergyPj = 123456789012L, TimeUs = 4567,
        };

        [TestMethod]
        public void Header_IsTheStableColumnList()
        {
            CollectionAssert.AreEqual(Columns, TelemetryFormat.Header.Split(','));
            Assert.AreEqual(Columns.Length, TelemetryFormat.ColumnCount);
        }

        [TestMethod]
        public void HostCsv_StartsWithTheSameColumns()
        {
            // tools/reramnav writes trials.csv; its first 16 columns must stay the device's.
            string csv = File.ReadAllText(RepoPaths.Get("tools/reramnav/Output/TrialCsv.cs"));
            string quoted = string.Join(", ", Columns.Select(c => "\"" + c + "\""));
            StringAssert.Contains(csv.Replace("\r", "").Replace("\n        ", " ").Replace(",  ", ", "), quoted.Substring(0, 60));
        }

        [TestMethod]
        public void Trial_IsOneCsvLineInHeaderOrder()
        {
            var sink = new ListSink();
            TelemetryFormat.WriteTrial(new LineWriter(sink), Sample());
            Assert.AreEqual("12,2,A,1,26,57,31,1,3,40,7,513,98,5120,123456789012,4567", sink.Lines.Single());
        }

        [TestMethod]
        public void Layout_WithCommaOrQuote_IsQuoted()
        {
            var sink = new ListSink();
            var w = new LineWriter(sink);
            TelemetryFormat.WriteTrial(w, Sample("maze \"a\",b"));
            StringAssert.StartsWith(sink.Lines[0], "12,2,\"maze \"\"a\"\",b\",1,26,");
        }

        [TestMethod]
        public void HeaderAndObserver_WriteVersionHeaderAndTrials()
        {
            var sink = new ListSink();
            var observer = new TelemetryObserver(new LineWriter(sink));
            observer.BeginRun();
            observer.OnTrial(Sample());
            CollectionAssert.AreEqual(new[] { "# telemetry v1", TelemetryFormat.Header, "12,2,A,1,26,57,31,1,3,40,7,513,98,5120,123456789012,4567" }, sink.Lines);
            Assert.AreEqual(1, observer.TrialsWritten);
            Assert.AreEqual(1, observer.TrialsReachedGoal);
        }

        [TestMethod]
        public void WritingTrials_AllocatesNothing()
        {
            var sink = new CountingSink();
            var w = new LineWriter(sink);
            TrialRecord r = Sample("layout-b");
            TelemetryFormat.WriteTrial(w, r); // warm-up (JIT)
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                r.Trial = i;
                r.EnergyPj = -i * 1000003L;
                TelemetryFormat.WriteTrial(w, r);
            }
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated by 1000 telemetry lines");
            Assert.AreEqual(1001, sink.Lines);
        }
    }
}
