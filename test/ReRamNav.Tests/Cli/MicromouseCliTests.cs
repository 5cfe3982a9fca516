using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests.Cli
{
    /// <summary>`reramnav demo --maze-a/--maze-b` accepts micromouse maze files (autodetected) and refuses bad ones with exit code 2.</summary>
    [TestClass]
    public class MicromouseCliTests
    {
        private string _dir;

        [TestInitialize]
        public void MakeDir() => _dir = CliTestRun.TempDir();

        [TestCleanup]
        public void RemoveDir() => Directory.Delete(_dir, true);

        private string Write(string name, string[] lines, string newline = "\n")
        {
            string path = Path.Combine(_dir, name);
            File.WriteAllText(path, string.Join(newline, lines) + newline);
            return path;
        }

        [TestMethod]
        public void Demo_RunsOnAMicromouseFile_StartFromTheSCell()
        {
            string a = Write("mm4.txt", MicromouseMazeParserTests.FourByFour, "\r\n");
            var run = CliTestRun.Of("demo", "--maze-a", a, "--maze-b", a, "--trials-per-block", "2", "--max-steps", "60", "--seed", "1");

            Assert.AreEqual(0, run.ExitCode, run.Stderr);
            StringAssert.Contains(run.Stdout, "9x9 places");
            StringAssert.Contains(run.Stdout, "layout A = mm4 (shortest 11 moves)");
            StringAssert.Contains(run.Stdout, "start (7,1)");
        }

        [TestMethod]
        public void Demo_BadMicromouseFile_Exit2WithFileLineAndColumn()
        {
            string[] lines = (string[])MicromouseMazeParserTests.FourByFour.Clone();
            lines[3] = "|   |   x   |   |";
            string a = Write("bad.txt", lines);
            var run = CliTestRun.Of("demo", "--maze-a", a, "--trials-per-block", "1");

            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "error: " + a + ":4: unknown character 'x' at column 9");
            Assert.IsFalse(run.Stderr.Contains("   at "), "no stack trace: " + run.Stderr);
        }

        [TestMethod]
        public void Demo_MicromouseAAndAsciiBOfAnotherSize_Exit2()
        {
            string a = Write("mm4.txt", MicromouseMazeParserTests.FourByFour);
            string b = Write("b.txt", new[] { "#####", "#S.G#", "#####" });
            var run = CliTestRun.Of("demo", "--maze-a", a, "--maze-b", b, "--trials-per-block", "1");

            Assert.AreEqual(2, run.ExitCode);
            StringAssert.Contains(run.Stderr, "expected the size of maze A (9x9)");
        }
    }
}
