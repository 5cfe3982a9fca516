using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Tests.Cli;

namespace ReRamNav.Tests.Characterisation
{
    [TestClass]
    public class CharacteriseCommandTests
    {
        [TestMethod]
        public void EverySubcommand_WritesItsCsv()
        {
            string dir = CliTestRun.TempDir();
            try
            {
                var small = new[] { "--rows", "4", "--cols", "4", "--places", "2", "--devices", "0,8", "--out", dir };
                foreach (var (name, extra, header) in new[]
                {
                    ("readmap", new string[0], "place,row,col,device,conductance_ns"),
                    ("form", new string[0], "step,place,device,amplitude_mv,compliance_ua,width_ns,conductance_ns,formed"),
                    ("endurance", new[] { "--cycles", "3" }, "cycle,place,device,lrs_ns,hrs_ns,ratio_x100"),
                    ("retention", new[] { "--reads", "3", "--interval-us", "1000" }, "read,time_us,place,device,conductance_ns"),
                })
                {
                    var run = CliTestRun.Of(new[] { "characterise", name }.Concat(small).Concat(extra).ToArray());
                    Assert.AreEqual(0, run.ExitCode, run.Stderr);
                    StringAssert.Contains(run.Stdout, name + ".csv");
                    string[] lines = File.ReadAllLines(Path.Combine(dir, name + ".csv"));
                    Assert.AreEqual(header, lines[0]);
                    Assert.IsTrue(lines.Length >= 5, name + ": " + lines.Length + " lines");
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        [TestMethod]
        public void WithoutOut_CsvGoesToStdout_AndTheSummaryToStderr()
        {
            var run = CliTestRun.Of("characterise", "readmap", "--rows", "2", "--cols", "2", "--devices", "8");
            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            Assert.AreEqual(5, run.Stdout.Trim().Split('\n').Length, "header + 4 places");
            StringAssert.Contains(run.Stderr, "4 devices read");
        }

        [TestMethod]
        public void BadOptions_GiveClearErrors()
        {
            var run = CliTestRun.Of("characterise", "readmap", "--devices", "9");
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--devices");
            run = CliTestRun.Of("characterise", "endurance", "--cycles", "0");
            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "--cycles");
            run = CliTestRun.Of("characterise", "form", "--stop-mv", "5000", "--places", "1");
            Assert.AreEqual(1, run.ExitCode);
            StringAssert.Contains(run.Stderr, "FormMaxMv");
            run = CliTestRun.Of("characterise", "readmap", "--first-place", "900", "--places", "5");
            Assert.AreNotEqual(0, run.ExitCode);
            StringAssert.Contains(run.Stderr, "places");
            run = CliTestRun.Of("characterise", "bogus");
            Assert.AreEqual(2, run.ExitCode);
        }
    }
}
