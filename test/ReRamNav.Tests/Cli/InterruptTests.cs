using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests.Cli
{
    /// <summary>
    /// Ctrl+C during a long demo keeps what finished: the seeds done are summarised and written to --out, exit 130.
    /// Run as a real process, because Ctrl+C is a signal (SIGINT, sent with kill(1); Linux and macOS only).
    /// </summary>
    [TestClass]
    public class InterruptTests
    {
        [TestMethod]
        public void CtrlC_DuringADemoOfManySeeds_WritesTheSeedsThatFinished_Exit130()
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Inconclusive("SIGINT is sent with kill(1), which this OS does not have");
            string dir = CliTestRun.TempDir();
            try
            {
                string dll = Path.Combine(AppContext.BaseDirectory, "reramnav.dll");
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string a in new[] { dll, "demo", "--seeds", "1-1000", "--trials-per-block", "5", "--out", dir }) start.ArgumentList.Add(a);
                using Process p = Process.Start(start)!;
                var stderr = p.StandardError.ReadToEndAsync();
                var lines = new List<string>();
                string? line;
                while ((line = p.StandardOutput.ReadLine()) != null)
                {
                    lines.Add(line);
                    if (line.StartsWith("seed    3:")) break;
                }
                Assert.IsNotNull(line, "the demo printed three seeds: " + string.Join("\n", lines));
                using (Process kill = Process.Start("kill", "-INT " + p.Id)) kill.WaitForExit();
                string rest = p.StandardOutput.ReadToEnd();
                Assert.IsTrue(p.WaitForExit(60_000), "the demo stops soon after Ctrl+C");
                Assert.AreEqual(130, p.ExitCode, rest + stderr.Result);
                StringAssert.Contains(rest, "interrupted: ");
                StringAssert.Contains(stderr.Result, "interrupt: stopping after the seed in progress");
                var seedsInCsv = File.ReadAllLines(Path.Combine(dir, "trials.csv")).Skip(1).Select(l => l.Split(',').Last()).Distinct().Count();
                Assert.IsTrue(seedsInCsv >= 3 && seedsInCsv < 1000, seedsInCsv + " seeds written");
                StringAssert.Contains(rest, $"interrupted: {seedsInCsv} of 1000 seeds finished");
                Assert.IsTrue(File.Exists(Path.Combine(dir, "learning.png")));
            }
            finally
            {
                try { Directory.Delete(dir, true); } catch (IOException) { }
            }
        }

        [TestMethod]
        public void CtrlC_DuringBoardEndurance_LeavesOnlyCompleteRows_Exit130()
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Inconclusive("SIGINT is sent with kill(1), which this OS does not have");
            string dir = CliTestRun.TempDir();
            try
            {
                string csv = Path.Combine(dir, "endurance.csv");
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "reramnav.dll"), "board", "endurance", "--cycles", "1000000", "--log-every", "20", "--places", "1", "--out", csv })
                    start.ArgumentList.Add(a);
                using Process p = Process.Start(start)!;
                var stdout = p.StandardOutput.ReadToEndAsync();
                var stderr = p.StandardError.ReadToEndAsync();
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < deadline && !(File.Exists(csv) && new FileInfo(csv).Length > 200)) Thread.Sleep(50);
                using (Process kill = Process.Start("kill", "-INT " + p.Id)) kill.WaitForExit();
                Assert.IsTrue(p.WaitForExit(60_000), "endurance stops soon after Ctrl+C");
                Assert.AreEqual(130, p.ExitCode, stdout.Result + stderr.Result);
                StringAssert.Contains(stderr.Result, "board endurance: interrupted after ");
                string[] lines = File.ReadAllLines(csv);
                int columns = lines[0].Split(',').Length;
                Assert.IsTrue(lines.Length >= 2 && lines.All(l => l.Split(',').Length == columns), "every row is complete: " + lines[^1]);
            }
            finally
            {
                try { Directory.Delete(dir, true); } catch (IOException) { }
            }
        }
    }
}
