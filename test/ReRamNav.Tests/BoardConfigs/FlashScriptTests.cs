using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.BoardConfigs;

namespace ReRamNav.Tests.BoardConfigs
{
    /// <summary>flash.sh's argument handling through --dry-run (it prints the nanoff commands), and flash.cmd's board table.</summary>
    [TestClass]
    public class FlashScriptTests
    {
        private static (int ExitCode, string Out, string Err) FlashSh(params string[] args)
        {
            if (OperatingSystem.IsWindows()) Assert.Inconclusive("flash.sh needs bash");
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(RepoPaths.Get("flash.sh"));
            foreach (string a in args) start.ArgumentList.Add(a);
            // No nanoff on PATH here: the script must say it would install it.
            start.Environment["PATH"] = "/usr/bin:/bin";
            start.Environment["HOME"] = Path.GetTempPath();
            using Process p = Process.Start(start);
            string stdout = p.StandardOutput.ReadToEnd();
            string stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, stdout, stderr);
        }

        public static IEnumerable<object[]> AllNames() => BoardConfigRegistry.Names.Select(n => new object[] { n });

        [TestMethod]
        [DynamicData(nameof(AllNames))]
        public void DryRun_PrintsInstallFlashAndDeploy_WithTheConfigsTarget(string name)
        {
            BoardConfig config = BoardConfigRegistry.Get(name);
            var (code, stdout, stderr) = FlashSh(name, "/dev/ttyUSB7", "--dry-run");
            Assert.AreEqual(0, code, stderr);
            string[] lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.AreEqual(3, lines.Length, stdout);
            Assert.AreEqual("dotnet tool install -g nanoff", lines[0]);
            string flash = config.Family == McuFamily.Stm32F7
                ? $"--update --target {config.NanoffTarget} --jtag"
                : $"--update --target {config.NanoffTarget} --serialport /dev/ttyUSB7";
            StringAssert.EndsWith(lines[1], flash);
            StringAssert.Contains(lines[2], "--nanodevice --deploy --serialport /dev/ttyUSB7 --image ");
            StringAssert.EndsWith(lines[2], "firmware/bin/Release/ReRamNav.Firmware.bin");
        }

        [TestMethod]
        public void DryRun_ModesAndConfiguration()
        {
            var firmware = FlashSh("esp32-s3-devkitc", "COM9", "--firmware-only", "--dry-run");
            Assert.AreEqual(0, firmware.ExitCode);
            Assert.IsFalse(firmware.Out.Contains("--deploy"), firmware.Out);
            var deploy = FlashSh("--dry-run", "--deploy-only", "--configuration", "Debug", "nucleo-f746zg", "/dev/ttyACM0");
            Assert.AreEqual(0, deploy.ExitCode, deploy.Err);
            Assert.IsFalse(deploy.Out.Contains("--update"), deploy.Out);
            StringAssert.Contains(deploy.Out, "firmware/bin/Debug/ReRamNav.Firmware.bin");
        }

        [TestMethod]
        public void BadArguments_ExitWith2_AndSayWhatIsExpected()
        {
            var cases = new (string[] Args, string Message)[]
            {
                (new string[0], "no BOARD given"),
                (new[] { "esp32-devkitc" }, "no PORT given"),
                (new[] { "esp8266", "COM3" }, "unknown board 'esp8266'; expected one of: esp32-devkitc"),
                (new[] { "esp32-devkitc", "COM3", "--fast" }, "unknown option '--fast'"),
                (new[] { "esp32-devkitc", "COM3", "extra" }, "unexpected argument 'extra'"),
                (new[] { "esp32-devkitc", "COM3", "--firmware-only", "--deploy-only" }, "use only one of"),
                (new[] { "esp32-devkitc", "COM3", "--configuration", "Fast" }, "--configuration 'Fast'; expected Release or Debug"),
                (new[] { "esp32-devkitc", "COM3", "--configuration" }, "--configuration needs a value"),
            };
            foreach (var (args, message) in cases)
            {
                var (code, stdout, stderr) = FlashSh(args);
                Assert.AreEqual(2, code, string.Join(" ", args));
                Assert.AreEqual("", stdout, string.Join(" ", args));
                StringAssert.Contains(stderr, "flash.sh: error: " + message, string.Join(" ", args));
            }
            StringAssert.Contains(FlashSh().Err, "usage: ./flash.sh BOARD PORT");
        }

        [TestMethod]
        public void MissingImage_IsAnError_WhenNotDryRun()
        {
            // The deploy step checks the Visual Studio output before calling nanoff (firmware-only skips it).
            var (code, _, stderr) = FlashSh("esp32-devkitc", "COM3", "--deploy-only", "--configuration", "Debug");
            if (File.Exists(RepoPaths.Get("firmware/bin/Debug/ReRamNav.Firmware.bin"))) Assert.Inconclusive("a Debug build exists");
            Assert.AreEqual(2, code);
            StringAssert.Contains(stderr, "ReRamNav.Firmware.bin not found: build nfproj.sln (Debug) in Visual Studio first");
        }

        [TestMethod]
        public void BothScripts_KnowEveryBoardWithItsTarget()
        {
            string sh = File.ReadAllText(RepoPaths.Get("flash.sh"));
            string cmd = File.ReadAllText(RepoPaths.Get("flash.cmd"));
            foreach (string name in BoardConfigRegistry.Names)
            {
                string target = BoardConfigRegistry.Get(name).NanoffTarget;
                Assert.IsTrue(Regex.IsMatch(sh, Regex.Escape(name) + @"\)\s+echo """ + Regex.Escape(target) + " "), "flash.sh: " + name);
                Assert.IsTrue(Regex.IsMatch(cmd, @"""%BOARD%""==""" + Regex.Escape(name) + @"""\s+\(set ""TARGET=" + Regex.Escape(target) + @""""), "flash.cmd: " + name);
            }
            Assert.AreEqual(BoardConfigRegistry.Names.Length, Regex.Matches(cmd, @"set ""TARGET=\w").Count, "flash.cmd has a board the registry lacks");
        }
    }
}
