using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Console;

namespace ReRamNav.Tests.SerialConsole
{
    [TestClass]
    public class LineAssemblerTests
    {
        private static List<(string Line, string Problem)> Feed(byte[] bytes)
        {
            var a = new LineAssembler();
            var result = new List<(string, string)>();
            foreach (byte b in bytes)
            {
                if (a.Feed(b)) result.Add((a.Line, a.Problem));
            }
            return result;
        }

        private static List<(string Line, string Problem)> Feed(string text) => Feed(Encoding.Latin1.GetBytes(text));

        [TestMethod]
        public void CrLf_Lf_AndCr_AllEndALine_Once()
        {
            var lines = Feed("help\r\nstatus\nident\rconfig\r\n");
            CollectionAssert.AreEqual(new[] { "help", "status", "ident", "config" }, lines.Select(l => l.Line).ToArray());
            Assert.IsTrue(lines.All(l => l.Problem == null));
        }

        [TestMethod]
        public void Backspace_AndTab_AreEdited()
        {
            var lines = Feed("stpo\b\bop\n\trun\tdemo\x7f\x7fmo\n");
            Assert.AreEqual("stop", lines[0].Line);
            Assert.AreEqual(" run demo", lines[1].Line);
        }

        [TestMethod]
        public void OverlongLine_IsRejected_AndTheNextLineWorks()
        {
            var lines = Feed(new string('a', LineAssembler.MaxLineChars + 1) + "\nhelp\n");
            Assert.IsNull(lines[0].Line);
            StringAssert.Contains(lines[0].Problem, "longer than 120 characters");
            Assert.AreEqual("help", lines[1].Line);
        }

        [TestMethod]
        public void BinaryGarbage_IsRejectedWithTheByte()
        {
            var lines = Feed(new byte[] { (byte)'h', 0xFE, 0x00, (byte)'\n' });
            Assert.IsNull(lines[0].Line);
            StringAssert.Contains(lines[0].Problem, "0xFE");
            StringAssert.Contains(lines[0].Problem, "baud rate");
        }
    }
}
