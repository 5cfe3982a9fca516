using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;

namespace ReRamNav.Tests.Cli
{
    /// <summary>`reramnav board ...` in-process: every subcommand against the virtual board, CSV out, the
    /// per-operation log, and bad options (exit 2, naming the option or the limit).</summary>
    [TestClass]
    public class BoardCommandTests
    {
        private static readonly string[] Small = { "--rows", "4", "--cols", "4" };

        private static CliTestRun Board(params string[] args) => CliTestRun.Of(new[] { "board" }.Concat(args).Concat(Small).ToArray());

        [TestMethod]
        public void EverySubcommand_WritesItsCsv_WithOut()
        {
            string dir = CliTestRun.TempDir();
            try
            {
                var area = new[] { "--places", "2", "--devices", "0,8" };
                foreach (var (name, extra, header) in new[]
                {
                    ("ident", new string[0], "field,value"),
                    ("status", new string[0], "field,value"),
                    ("safe-idle", new string[0], "field,value"),
                    ("read", new[] { "--cell", "0,0,0", "--cell", "3,3,8" }, "row,col,device,read_mv,samples,conductance_ns"),
                    ("set", new[] { "--cell", "1,2,3", "--cell", "0,1,8" }, "row,col,device,before_ns,after_ns"),
                    ("reset", new[] { "--cell", "1,2,3", "--cell", "0,1,8" }, "row,col,device,before_ns,after_ns"),
                    ("program-verify", new[] { "--cell", "1,2,3", "--cell", "2,2,8" }, "row,col,device,low_ns,high_ns,outcome,pulses,final_ns"),
                    ("integrate", new[] { "--cell", "1,2,3", "--cell", "0,1,8" }, "neuron,row,col,device,threshold_mv,conductance_ns,fired_first,time_ns"),
                    ("read-map", area, "place,row,col,device,conductance_ns"),
                    ("form", area, "step,place,device,amplitude_mv,compliance_ua,width_ns,conductance_ns,formed"),
                    ("endurance", area.Concat(new[] { "--cycles", "3" }).ToArray(), "cycle,place,device,lrs_ns,hrs_ns,ratio_x100"),
                    ("retention", area.Concat(new[] { "--reads", "3", "--interval-us", "1000" }).ToArray(), "read,time_us,place,device,conductance_ns"),
                })
                {
                    string path = Path.Combine(dir, "sub", name + ".csv");
                    var run = Board(new[] { name, "--out", path }.Concat(extra).ToArray());
                    Assert.AreEqual(0, run.ExitCode, name + ": " + run.Stderr);
                    StringAssert.Contains(run.Stdout, "board " + name + ": ");
                    StringAssert.Contains(run.Stdout, "SPI transactions");
                    string[] lines = File.ReadAllLines(path);
                    Assert.AreEqual(header, lines[0], name);
                    Assert.IsTrue(lines.Length >= 3, name + ": " + lines.Length + " lines");
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void Ident_ShowsGeometryCapabilities_AndTheStricterLimitsInForce()
        {
            string dir = CliTestRun.TempDir();
            string csv = Path.Combine(dir, "ident.csv");
            var run = Board("ident", "--board-limit", "SetMaxMv=1700", "--board-limit", "readmaxmv=250", "--out", csv);
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            StringAssert.Contains(run.Stdout, "protocol");
            StringAssert.Contains(run.Stdout, "1.1");
            StringAssert.Contains(run.Stdout, "PROGRAM_VERIFY");
            StringAssert.Contains(run.Stdout, "SetMaxMv                   1700      2000      1700");
            var fields = File.ReadAllLines(csv).Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0], f => f[1]);
            Directory.Delete(dir, true);
            Assert.AreEqual("4", fields["rows"]);
            Assert.AreEqual("1700", fields["board_set_max_mv"]);
            Assert.AreEqual("2000", fields["kit_set_max_mv"], "mock-bench uses the lab limits");
            Assert.AreEqual("1700", fields["in_force_set_max_mv"], "the board's is stricter");
            Assert.AreEqual("1800", fields["in_force_reset_max_mv"], "the kit's is stricter");
            Assert.AreEqual("250", fields["in_force_read_max_mv"]);
        }

        [TestMethod]
        public void WithoutOut_CsvGoesToStdout_AndTheSummaryToStderr()
        {
            var run = Board("read-map", "--devices", "8");
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            Assert.AreEqual(17, run.Stdout.Trim().Split('\n').Length, "header + 16 places");
            StringAssert.Contains(run.Stderr, "16 devices read");
        }

        [TestMethod]
        public void Set_RaisesTheConductance_AndReset_LowersIt()
        {
            var set = Board("set", "--cell", "2,1,4", "--compliance-ua", "150");
            Assert.AreEqual(0, set.ExitCode, set.Stderr);
            string[] values = set.Stdout.Trim().Split('\n')[1].Split(',');
            Assert.IsTrue(int.Parse(values[4]) > 3 * int.Parse(values[3]), set.Stdout);
        }

        [TestMethod]
        public void Integrate_TheStrongestInputFiresFirst()
        {
            var set = Board("integrate", "--cell", "0,0,0", "--cell", "1,1,1", "--thresholds-mv", "1000,1000");
            Assert.AreEqual(0, set.ExitCode, set.Stderr);
            string[] rows = set.Stdout.Trim().Split('\n').Skip(1).ToArray();
            int winner = rows.Select(r => r.Split(',')).OrderByDescending(f => int.Parse(f[5])).First()[0] == "0" ? 0 : 1;
            Assert.AreEqual("1", rows[winner].Split(',')[6], set.Stdout);
            StringAssert.Contains(set.Stderr, "neuron " + winner + " fired first");
        }

        [TestMethod]
        public void Log_HasOneRowPerReadAndPulse()
        {
            string dir = CliTestRun.TempDir();
            try
            {
                string log = Path.Combine(dir, "ops.csv");
                var run = Board("endurance", "--places", "2", "--devices", "0,8", "--cycles", "5", "--log", log);
                Assert.AreEqual(0, run.ExitCode, run.Stderr);
                string[] lines = File.ReadAllLines(log);
                Assert.AreEqual(OperationLogColumns.Header, lines[0]);
                // 4 cells x 5 cycles x (SET, read, RESET, read)
                Assert.AreEqual(4 * 5 * 4, lines.Length - 1);
                Assert.AreEqual(20, lines.Count(l => l.Split(',')[1] == "set"));
                Assert.AreEqual(40, lines.Count(l => l.Split(',')[1] == "read"));
                StringAssert.Contains(run.Stderr, "80 operations logged");

                string demoLog = Path.Combine(dir, "demo.csv");
                var demo = CliTestRun.Of("demo", "--trials-per-block", "1", "--max-steps", "30", "--log", demoLog);
                Assert.AreEqual(0, demo.ExitCode, demo.Stderr);
                Assert.IsTrue(File.ReadAllLines(demoLog).Length > 30);
                Assert.AreEqual(2, CliTestRun.Of("demo", "--seeds", "1-2", "--log", demoLog).ExitCode);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void OutOfLimitOptions_AreRefusedBeforeSending_WithExit2NamingTheLimit()
        {
            foreach (var (args, limit) in new[]
            {
                (new[] { "set", "--cell", "0,0,0", "--set-mv", "2100" }, "SetMaxMv = 2000"),
                (new[] { "set", "--cell", "0,0,0", "--compliance-ua", "500" }, "ComplianceMinUa..ComplianceMaxUa"),
                (new[] { "set", "--cell", "0,0,0", "--set-mv", "1600", "--board-limit", "SetMaxMv=1500" }, "SetMaxMv = 1500"),
                (new[] { "reset", "--cell", "0,0,0", "--stop-mv", "1900" }, "ResetMaxMv"),
                (new[] { "reset", "--cell", "0,0,0", "--width-ns", "20" }, "WidthMinNs"),
                (new[] { "read", "--cell", "0,0,0", "--read-mv", "400" }, "ReadMaxMv"),
                (new[] { "read-map", "--read-mv", "301" }, "ReadMaxMv"),
                (new[] { "form", "--stop-mv", "3400" }, "FormMaxMv"),
                (new[] { "endurance", "--set-mv", "2600" }, "SetMaxMv"),
                (new[] { "program-verify", "--cell", "0,0,0", "--stop-max-mv", "2500" }, "ResetMaxMv"),
                (new[] { "integrate", "--cell", "0,0,0", "--input-mv", "500" }, "ReadMaxMv"),
            })
            {
                var run = Board(args);
                Assert.AreEqual(2, run.ExitCode, string.Join(" ", args) + ": " + run.Stderr);
                StringAssert.Contains(run.Stderr, limit, string.Join(" ", args));
                StringAssert.Contains(run.Stderr, "refused before sending");
                Assert.AreEqual(1, run.Stderr.Trim().Split('\n').Length, "one message: " + run.Stderr);
            }
        }

        [TestMethod]
        public void BadOptions_GiveExit2AndNameTheOption()
        {
            foreach (var (args, what) in new[]
            {
                (new[] { "read" }, "--cell"),
                (new[] { "read", "--cell", "1,2" }, "--cell"),
                (new[] { "read", "--cell", "9,0,0" }, "row 9"),
                (new[] { "read", "--cell", "0,0,9" }, "device 9"),
                (new[] { "read-map", "--devices", "9" }, "--devices"),
                (new[] { "endurance", "--cycles", "0" }, "--cycles"),
                (new[] { "read-map", "--first-place", "15", "--places", "5" }, "places"),
                (new[] { "ident", "--kit", "nope" }, "--kit"),
                (new[] { "ident", "--board-limit", "Volts=3" }, "--board-limit"),
                (new[] { "ident", "--board-limit", "SetMaxMv=70000" }, "16-bit"),
                (new[] { "program-verify", "--cell", "0,0,0", "--on", "cloud" }, "--on"),
                (new[] { "program-verify", "--cell", "0,0,0", "--low-ns", "5", "--high-ns", "4" }, "--high-ns"),
                (new[] { "integrate", "--cell", "0,0,0", "--neurons", "0" }, "--neurons"),
                (new[] { "integrate", "--cell", "0,0,0", "--cell", "0,0,1", "--thresholds-mv", "1,2,3" }, "--thresholds-mv"),
                (new[] { "read", "--cell", "0,0,0", "--log", Path.GetTempPath() }, "--log"),
                (new[] { "read", "--cell", "0,0,0", "--out", Path.GetTempPath() }, "--out"),
                (new[] { "bogus" }, "bogus"),
            })
            {
                var run = Board(args);
                Assert.AreEqual(2, run.ExitCode, string.Join(" ", args) + ": " + run.Stderr);
                StringAssert.Contains(run.Stderr, what, string.Join(" ", args));
                Assert.IsFalse(run.Stderr.Contains("   at "), "no stack trace");
            }
        }

        [TestMethod]
        public void Help_ListsEverySubcommand()
        {
            var run = CliTestRun.Of("board", "--help");
            Assert.AreEqual(0, run.ExitCode);
            foreach (string sub in new[] { "ident", "status", "safe-idle", "read", "set", "reset", "program-verify", "integrate", "read-map", "form", "endurance", "retention" })
                StringAssert.Contains(run.Stdout, sub);
        }
    }
}
