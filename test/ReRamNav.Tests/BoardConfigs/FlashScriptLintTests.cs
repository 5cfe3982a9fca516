using System.Diagnostics;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>flash.sh parses (bash -n) and passes shellcheck where shellcheck is installed.</summary>
    [TestClass]
    public class FlashScriptLintTests
    {
        private static (int ExitCode, string Output) Run(string program, params string[] args)
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string a in args) start.ArgumentList.Add(a);
            using Process p = Process.Start(start);
            string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, output);
        }

        private static string OnPath(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
                .Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);

        [TestMethod]
        public void FlashSh_Parses()
        {
            if (OperatingSystem.IsWindows()) Assert.Inconclusive("needs bash");
            var (code, output) = Run("bash", "-n", RepoPaths.Get("flash.sh"));
            Assert.AreEqual(0, code, output);
        }

        [TestMethod]
        public void FlashSh_IsShellcheckClean()
        {
            string shellcheck = OnPath("shellcheck");
            if (shellcheck == null) Assert.Inconclusive("shellcheck is not installed on this machine (apt-get install shellcheck)");
            var (code, output) = Run(shellcheck, "--shell=bash", "--severity=style", RepoPaths.Get("flash.sh"));
            Assert.AreEqual(0, code, "shellcheck flash.sh:\n" + output);
        }
    }
}
