using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    /// <summary>Helpers shared by the maze tests: build maze texts and check parse errors.</summary>
    internal static class MazeTestText
    {
        /// <summary>Lines joined with '\n' (and a final newline, as an editor writes a file).</summary>
        public static string Lines(params string[] lines)
        {
            return string.Join("\n", lines) + "\n";
        }

        /// <summary>
        /// Parses text, which must fail with a MazeFormatException on expectedLine whose message
        /// starts with the source name and contains every fragment. Returns the exception.
        /// </summary>
        public static MazeFormatException ExpectParseError(string text, string sourceName, int expectedLine, params string[] fragments)
        {
            MazeFormatException error = null;
            try
            {
                MazeParser.Parse(text, sourceName);
            }
            catch (MazeFormatException e)
            {
                error = e;
            }

            Assert.IsNotNull(error, "expected a MazeFormatException for " + sourceName);
            CheckError(error, sourceName, expectedLine, fragments);
            return error;
        }

        public static void CheckError(MazeFormatException error, string sourceName, int expectedLine, params string[] fragments)
        {
            Assert.AreEqual(sourceName, error.SourceName);
            Assert.AreEqual(expectedLine, error.LineNumber, error.Message);
            string prefix = expectedLine > 0 ? sourceName + ":" + expectedLine + ": " : sourceName + ": ";
            Assert.IsTrue(error.Message.StartsWith(prefix), "message should start with '" + prefix + "': " + error.Message);
            foreach (string fragment in fragments)
            {
                Assert.IsTrue(error.Message.Contains(fragment), "message should contain '" + fragment + "': " + error.Message);
            }
        }
    }
}
