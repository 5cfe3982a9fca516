using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Output;
using ReRamNav.Firmware.Console;
using ReRamNav.Tests.Cli;

namespace ReRamNav.Tests.SerialConsole
{
    /// <summary>`reramnav monitor --from`: a console log written by the firmware's console (virtual board) becomes trials.csv.</summary>
    [TestClass]
    public class MonitorCommandTests
    {
        private static string TempFile(string name) => Path.Combine(Path.GetTempPath(), "reramnav-monitor-" + Guid.NewGuid().ToString("N") + "-" + name);

        private static (int Code, string Out, string Err) Monitor(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = ReRamNav.Cli.Cli.Run(new[] { "monitor" }.Concat(args).ToArray(), stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        private static string[] ConsoleLog()
        {
            var bench = new ConsoleBench();
            var lines = new List<string> { "# ReRamNav firmware on mock-bench", "\u00ff\u00fegarbage before the run" };
            lines.AddRange(bench.Run("help"));
            lines.AddRange(bench.Run("run demo 4 2"));
            return lines.ToArray();
        }

        [TestMethod]
        public void ConsoleLog_BecomesTrialsCsv_ThatTheHostToolsRead()
        {
            string log = TempFile("console.log"), csv = TempFile("trials.csv");
            File.WriteAllLines(log, ConsoleLog());
            var (code, stdout, stderr) = Monitor("--from", log, "--out", csv);
            Assert.AreEqual(0, code, stderr);
            StringAssert.Contains(stdout, "monitor: 6 trials in 1 run(s)");
            StringAssert.Contains(stdout, "trial blk layout");
            StringAssert.Contains(stderr, "skipped line 2", "the garbage line is reported, not fatal");
            string[] written = File.ReadAllLines(csv);
            Assert.AreEqual(TelemetryFormat.Header, written[0]);
            Assert.AreEqual(7, written.Length);
            var rows = TrialCsv.Read(csv);
            Assert.AreEqual(6, rows.Count);
            Assert.AreEqual("B", rows[2].Record.Layout);
            Assert.AreEqual(2, rows[3].Record.TrialInBlock);
        }

        [TestMethod]
        public void TwoRunsInOneLog_GetOneCsvEach_AndPlotReadsEachApart()
        {
            // The kit ran seed 4, then (say after a reset) seed 5: two telemetry headers in one log.
            var bench = new ConsoleBench();
            var lines = new List<string>(bench.Run("run demo 4 2"));
            lines.Add("# ReRamNav firmware on mock-bench");
            lines.AddRange(bench.Run("run demo 5 3"));
            string dir = Path.Combine(Path.GetTempPath(), "reramnav-monitor-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string log = Path.Combine(dir, "console.log"), csv = Path.Combine(dir, "trials.csv");
                File.WriteAllLines(log, lines);
                var (code, stdout, stderr) = Monitor("--from", log, "--out", csv);
                Assert.AreEqual(0, code, stderr);
                StringAssert.Contains(stdout, "monitor: 15 trials in 2 run(s)");
                StringAssert.Contains(stdout, "monitor: 2 runs found");
                StringAssert.Contains(stdout, "run 1: 6 trials (1..6)");
                StringAssert.Contains(stdout, "-> " + csv);
                StringAssert.Contains(stdout, "run 2: 9 trials (1..9)");
                StringAssert.Contains(stdout, "-> " + Path.Combine(dir, "trials-run2.csv"));
                StringAssert.Contains(stdout, "-- run 2 (new telemetry header, line ");

                // Each run alone in its file, each file a complete trials.csv.
                var run1 = TrialCsv.Read(csv);
                var run2 = TrialCsv.Read(Path.Combine(dir, "trials-run2.csv"));
                CollectionAssert.AreEqual(Enumerable.Range(1, 6).ToArray(), run1.Select(r => r.Record.Trial).ToArray());
                CollectionAssert.AreEqual(Enumerable.Range(1, 9).ToArray(), run2.Select(r => r.Record.Trial).ToArray());
                Assert.AreEqual(TelemetryFormat.Header, File.ReadAllLines(Path.Combine(dir, "trials-run2.csv"))[0]);

                // `plot` on each run keeps both PNGs (learning.png, learning-run2.png).
                foreach (var (file, png, trials) in new[] { ("trials.csv", "learning.png", 6), ("trials-run2.csv", "learning-run2.png", 9) })
                {
                    var plot = ReRamNav.Tests.Cli.CliTestRun.Of("plot", Path.Combine(dir, file));
                    Assert.AreEqual(0, plot.ExitCode, plot.Stderr);
                    StringAssert.Contains(plot.Stdout, $"({trials} trial rows)");
                    Assert.IsTrue(new FileInfo(Path.Combine(dir, png)).Length > 1000, png);
                }

                // A later recording of one run into the same --out: the old run-2 file is said not to be from it.
                File.WriteAllLines(log, lines.Take(lines.IndexOf("# ReRamNav firmware on mock-bench")));
                (code, stdout, stderr) = Monitor("--from", log, "--out", csv, "--quiet");
                Assert.AreEqual(0, code, stderr);
                StringAssert.Contains(stdout, "monitor: 6 trials in 1 run(s)");
                Assert.IsFalse(stdout.Contains("runs found"), stdout);
                StringAssert.Contains(stderr, "trials-run2.csv is not from this log (1 run(s))");
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void ResumedRun_StaysInItsRun_AndATrialRepeatedAfterTheResetCountsOnce()
        {
            static string Trial(int n, int steps, int reached) => $"{n},1,A,1,26,{steps},31,{reached},3,40,7,513,98,5120,1234,4567";
            string log = TempFile("resumed.log"), csv = TempFile("trials.csv");
            File.WriteAllLines(log, new[]
            {
                "# telemetry v1", TelemetryFormat.Header, Trial(1, 600, 0), Trial(2, 90, 1), Trial(3, 600, 0),
                // Reset after trial 3's line, before its journal write: the journal says 1..2.
                "# ReRamNav firmware on mock-bench",
                "# telemetry v1", TelemetryFormat.Header,
                "# resume: maze seed 4, trials 1..2 are done (journal); continuing with trial 3 of 4",
                Trial(3, 40, 1), Trial(4, 35, 1), "# done: 2 trials, 2 reached the goal",
            });
            var (code, stdout, stderr) = Monitor("--from", log, "--out", csv);
            Assert.AreEqual(0, code, stderr);
            StringAssert.Contains(stdout, "monitor: 4 trials in 1 run(s), 3 reached the goal");
            StringAssert.Contains(stdout, "-- run 1 resumed after trial 2 --");
            StringAssert.Contains(stderr, "trial 3 of run 1 was printed before the reset but not journalled");
            var rows = TrialCsv.Read(csv);
            CollectionAssert.AreEqual(new[] { 1, 2, 3, 4 }, rows.Select(r => r.Record.Trial).ToArray());
            Assert.AreEqual(40, rows[2].Record.Steps, "the copy after the resume counts");
            Assert.IsFalse(File.Exists(MonitorCommandRunPath(csv, 2)), "a resume is no new run");
        }

        private static string MonitorCommandRunPath(string csv, int run) => ReRamNav.Cli.Commands.MonitorCommand.RunCsvPath(csv, run);

        [TestMethod]
        public void WrongHeader_OrVersion_IsRefusedWithWhatWasExpected()
        {
            string log = TempFile("bad.log");
            File.WriteAllLines(log, new[] { "# telemetry v1", "trial,block,steps", "1,1,5" });
            var (code, _, stderr) = Monitor("--from", log);
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "line 2: header 'trial,block,steps' is not the telemetry v1 header; expected 'trial,block,layout,");

            File.WriteAllLines(log, new[] { "# telemetry v2", TelemetryFormat.Header });
            (code, _, stderr) = Monitor("--from", log);
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "'# telemetry v2': this monitor reads '# telemetry v1' only");
        }

        [TestMethod]
        public void NoHeader_BadRows_AndBadOptions()
        {
            string log = TempFile("none.log");
            File.WriteAllLines(log, new[] { "# ok status: idle" });
            var (code, _, stderr) = Monitor("--from", log);
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "no telemetry header in 1 lines");

            File.WriteAllLines(log, new[] { TelemetryFormat.Header, "1,1,A,1,26,57,31,1,3,40,7,513,98,5120,1234,4567", "2,1,A,1,26,x,31,1,3,40,7,513,98,5120,1234,4567", "3,1,A" });
            (code, var stdout, stderr) = Monitor("--from", log, "--quiet");
            Assert.AreEqual(0, code);
            StringAssert.Contains(stdout, "1 trials in 1 run(s), 1 reached the goal, 2 line(s) skipped");
            StringAssert.Contains(stderr, "column 'steps' is 'x', expected a whole number");
            StringAssert.Contains(stderr, "3 fields, expected 16");

            // Whole numbers that no trial can have are skipped too, so that `plot` can read what monitor writes.
            string csv = TempFile("impossible.csv");
            File.WriteAllLines(log, new[] { TelemetryFormat.Header, "1,1,A,1,26,57,31,1,3,40,7,513,98,5120,1234,4567", "2,1,A,1,26,-600,31,1,3,40,7,513,98,5120,1234,4567",
                "3,1,A,1,26,57,31,7,3,40,7,513,98,5120,1234,4567", "0,0,A,1,26,57,31,1,3,40,7,513,98,5120,1234,4567" });
            (code, stdout, stderr) = Monitor("--from", log, "--quiet", "--out", csv);
            Assert.AreEqual(0, code, stderr);
            StringAssert.Contains(stdout, "1 trials in 1 run(s), 1 reached the goal, 3 line(s) skipped");
            StringAssert.Contains(stderr, "line 3: column 'steps' is -600, expected a step count 0..2147483647");
            StringAssert.Contains(stderr, "line 4: column 'reached_goal' is 7, expected 0 or 1");
            StringAssert.Contains(stderr, "line 5: column 'trial' is 0, expected a trial number 1..2147483647");
            Assert.AreEqual(0, CliTestRun.Of("plot", csv, "--out", TempFile("impossible.png")).ExitCode, "plot reads what monitor wrote");

            (code, _, stderr) = Monitor();
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "give exactly one of --port PORT");
            (code, _, stderr) = Monitor("--from", log, "--send", "run demo");
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "--send needs --port");
        }
    }
}
