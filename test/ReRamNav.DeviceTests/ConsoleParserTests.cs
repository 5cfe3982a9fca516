#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using ReRamNav.Firmware.Console;

namespace ReRamNav.DeviceTests
{
    /// <summary>The serial console's line assembly and word parsing, run by the MCU's own interpreter
    /// (string handling is where nanoFramework's mscorlib differs most from the host's).</summary>
    [TestClass]
    public class ConsoleParserTests
    {
        private static string FeedAll(LineAssembler assembler, string text)
        {
            string last = null;
            for (int i = 0; i < text.Length; i++)
            {
                if (assembler.Feed((byte)text[i]))
                {
                    last = assembler.Problem != null ? "problem: " + assembler.Problem : assembler.Line;
                }
            }

            return last;
        }

        [TestMethod]
        public void LineAssembler_AcceptsCrLfAndBackspace()
        {
            LineAssembler assembler = new LineAssembler();
            Assert.AreEqual("run maze 40", FeedAll(assembler, "run mazx\be 40\r\n"));
            Assert.AreEqual("status", FeedAll(assembler, "status\n"));
        }

        [TestMethod]
        public void LineAssembler_RejectsNonAsciiAndTooLongLines_ThenRecovers()
        {
            LineAssembler assembler = new LineAssembler();
            string bad = FeedAll(assembler, "st\u00e9tus\n");
            Assert.IsTrue(bad != null && bad.IndexOf("problem: ") == 0, "a byte that is not printable ASCII is reported: " + bad);
            string longLine = "";
            for (int i = 0; i <= LineAssembler.MaxLineChars; i++)
            {
                longLine += "x";
            }

            string tooLong = FeedAll(assembler, longLine + "\n");
            Assert.IsTrue(tooLong != null && tooLong.IndexOf("problem: ") == 0, "an over-long line is reported: " + tooLong);
            Assert.AreEqual("help", FeedAll(assembler, "help\n"));
        }

        [TestMethod]
        public void CommandLine_SplitsLowerCasesAndCountsWords()
        {
            CommandLine command = new CommandLine();
            Assert.IsNull(command.Parse("  RUN   Maze 40 600 "));
            Assert.AreEqual(4, command.Count);
            Assert.AreEqual("run", command.Word(0));
            Assert.AreEqual("maze", command.Word(1));
            Assert.IsNull(command.Word(4));
            Assert.IsNull(command.Parse(""));
            Assert.AreEqual(0, command.Count);
            Assert.IsNotNull(command.Parse("a b c d e f g h i"), "more than MaxWords words");
        }

        [TestMethod]
        public void CommandLine_NumbersAreCheckedNotThrown()
        {
            CommandLine command = new CommandLine();
            command.Parse("set seed 2147483647 -5 99999999999 12x");
            int value;
            Assert.IsNull(command.Number(2, "SEED", 0, int.MaxValue, 0, out value));
            Assert.AreEqual(int.MaxValue, value);
            Assert.IsNotNull(command.Number(3, "N", 0, 10, 0, out value), "below the range");
            Assert.IsNotNull(command.Number(4, "N", 0, int.MaxValue, 0, out value), "more than 10 digits");
            Assert.IsNotNull(command.Number(5, "N", 0, 100, 0, out value), "not a number");
            Assert.IsNull(command.Number(7, "N", 0, 100, 42, out value), "missing word: the fallback");
            Assert.AreEqual(42, value);
        }
    }
}
