using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Firmware.Console;

namespace ReRamNav.Tests.SerialConsole
{
    [TestClass]
    public class LineWriterTests
    {
        [TestMethod]
        public void Numbers_AreInvariantDecimal()
        {
            var sink = new ListSink();
            var w = new LineWriter(sink);
            w.Append(0).Append(' ').Append(-5).Append(' ').Append(long.MinValue).Append(' ').Append(long.MaxValue).Append(' ').Append(int.MinValue).EndLine();
            Assert.AreEqual("0 -5 -9223372036854775808 9223372036854775807 -2147483648", sink.Lines[0]);
        }

        [TestMethod]
        public void Text_IsUtf8_AndTheBufferIsReusedPerLine()
        {
            var sink = new ListSink();
            var w = new LineWriter(sink);
            w.Line("I_C 50 µA → Ω");
            w.Line("second");
            CollectionAssert.AreEqual(new[] { "I_C 50 µA → Ω", "second" }, sink.Lines);
        }

        [TestMethod]
        public void OverlongLine_EndsInDots_AndTheNextLineIsWhole()
        {
            var sink = new ListSink();
            var w = new LineWriter(sink);
            w.Append(new string('x', LineWriter.CapacityBytes + 50)).EndLine();
            w.Line("ok");
            Assert.AreEqual(LineWriter.CapacityBytes, sink.Lines[0].Length);
            StringAssert.EndsWith(sink.Lines[0], "x...");
            Assert.AreEqual("ok", sink.Lines[1]);
        }
    }
}
