#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.DeviceTests
{
    /// <summary>The frame codec's CRC and golden frames, computed by the MCU's own interpreter.</summary>
    [TestClass]
    public class CrcTests
    {
        [TestMethod]
        public void Crc16CcittFalse_StandardCheckValue()
        {
            byte[] data = new byte[] { (byte)'1', (byte)'2', (byte)'3', (byte)'4', (byte)'5', (byte)'6', (byte)'7', (byte)'8', (byte)'9' };
            Assert.AreEqual((int)0x29B1, (int)Crc16Ccitt.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void IdentCommand_IsTheGoldenFrame()
        {
            byte[] frame = new byte[16];
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.Ident, 1, 0);
            byte[] golden = new byte[] { 0xA5, 0x01, 0x01, 0x00, 0x00, 0x44, 0xC5 };
            Assert.AreEqual(golden.Length, length);
            for (int i = 0; i < golden.Length; i++)
            {
                Assert.AreEqual((int)golden[i], (int)frame[i], "byte " + i);
            }
        }

        [TestMethod]
        public void SealedFrame_Checks_AndAFlippedBitFails()
        {
            byte[] frame = new byte[40];
            for (int i = 0; i < 10; i++)
            {
                frame[FrameLayout.OffsetPayload + i] = (byte)(i * 37);
            }
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.ReadNeighbourhood, 9, 10);
            int payload;
            Assert.AreEqual((int)StatusCode.Ok, (int)FrameCodec.Check(frame, length, FrameLayout.CommandSync, out payload));
            Assert.AreEqual(10, payload);
            frame[FrameLayout.OffsetPayload + 3] ^= 0x10;
            Assert.IsFalse(FrameCodec.Check(frame, length, FrameLayout.CommandSync, out payload) == StatusCode.Ok);
        }
    }
}
