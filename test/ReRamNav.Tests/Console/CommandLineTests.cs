using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Console;

namespace ReRamNav.Tests.SerialConsole
{
    [TestClass]
    public class CommandLineTests
    {
        [TestMethod]
        public void Words_AreSplitOnSpaces_AndLowerCased()
        {
            var c = new CommandLine();
            Assert.IsNull(c.Parse("  RUN   Demo 7  "));
            Assert.AreEqual(3, c.Count);
            Assert.AreEqual("run", c.Word(0));
            Assert.AreEqual("demo", c.Word(1));
            Assert.AreEqual("7", c.Word(2));
            Assert.IsNull(c.Word(3));
        }

        [TestMethod]
        public void TooManyWords_IsAProblem()
        {
            var c = new CommandLine();
            StringAssert.Contains(c.Parse("a b c d e f g h i"), "too many words");
            Assert.AreEqual(0, c.Count);
        }

        [TestMethod]
        public void Numbers_AreCheckedForFormAndRange()
        {
            var c = new CommandLine();
            c.Parse("read 29 -1 x 99999999999 7");
            Assert.IsNull(c.Number(1, "ROW", 0, 29, 0, out int row));
            Assert.AreEqual(29, row);
            Assert.AreEqual("COL '-1' is not a whole number in 0..29", c.Number(2, "COL", 0, 29, 0, out _));
            Assert.AreEqual("N 'x' is not a whole number in 0..9", c.Number(3, "N", 0, 9, 0, out _));
            Assert.IsNotNull(c.Number(4, "SEED", 0, int.MaxValue, 0, out _));
            Assert.IsNull(c.Number(9, "TRIALS", 1, 10, 4, out int missing));
            Assert.AreEqual(4, missing);
        }
    }
}
