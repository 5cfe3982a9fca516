using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Cli.Output;
using ReRamNav.Firmware.Console;

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

            (code, _, stderr) = Monitor();
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "give exactly one of --port PORT");
            (code, _, stderr) = Monitor("--from", log, "--send", "run demo");
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "--send needs --port");
        }
    }
}
