using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Tests.Protocol
{
    [TestClass]
    public class FrameCodecTests
    {
        [TestMethod]
        public void Crc16CcittFalse_MatchesTheStandardCheckValue()
        {
            byte[] data = System.Text.Encoding.ASCII.GetBytes("123456789");
            Assert.AreEqual((ushort)0x29B1, Crc16Ccitt.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void IdentCommand_IsTheGoldenFrame()
        {
            // docs/protocol.md §9: IDENT, sequence 1, no payload.
            var frame = new byte[16];
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.Ident, 1, 0);
            Assert.AreEqual("A5 01 01 00 00 44 C5", Hex(frame, length));
        }

        [TestMethod]
        public void GoldenIdentFrame_IsAnsweredByTheVirtualBoard()
        {
            // The same bytes as docs/protocol.md's IDENT example, fed to the board's decoder.
            var board = new HalMock.VirtualBoard(new HalMock.VirtualBoardConfig { Rows = 30, Cols = 30, Serial = 1 });
            byte[] command = { 0xA5, 0x01, 0x01, 0x00, 0x00, 0x44, 0xC5 };
            board.TransferFullDuplex(command, 0, new byte[7], 0, 7);
            Assert.IsFalse(board.IsReady, "BUSY while executing");
            board.Clock.DelayUs(10);
            Assert.IsTrue(board.IsReady);
            var response = new byte[FrameLayout.OverheadBytes + Payloads.IdentBytes];
            board.TransferFullDuplex(new byte[response.Length], 0, response, 0, response.Length);
            Assert.AreEqual(StatusCode.Ok, FrameCodec.Check(response, response.Length, FrameLayout.ResponseSync, out int payload));
            Assert.AreEqual(Payloads.IdentBytes, payload);
            // Byte 10 is the protocol minor: 1 since protocol 1.1 (it was 0 in 1.0; the command frame is unchanged).
            Assert.AreEqual("5A 00 01 2A 00 52 52 4E 56 01 01 1E 00 1E 00 09", Hex(response, 16));
        }

        [TestMethod]
        public void ReadNeighbourhoodCommand_IsTheGoldenFrame()
        {
            var frame = new byte[32];
            int p = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(frame, p + Payloads.ReadNbrReadMv, 200);
            frame[p + Payloads.ReadNbrSamples] = 1;
            LittleEndian.WriteU16(frame, p + Payloads.ReadNbrPlace, 117);
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.ReadNeighbourhood, 0x2A, Payloads.ReadNbrRequestBytes);
            Assert.AreEqual(13, length);
            Assert.AreEqual("A5 11 2A 06 00 C8 00 01 00 75 00 2F E0", Hex(frame, length));
        }

        [TestMethod]
        public void SealedFrame_PassesCheck_AndEveryFlippedBitFails()
        {
            var frame = new byte[64];
            for (int i = 0; i < 20; i++) frame[FrameLayout.OffsetPayload + i] = (byte)(i * 37);
            int length = FrameCodec.Seal(frame, FrameLayout.ResponseSync, StatusCode.Ok, 9, 20);
            Assert.AreEqual(StatusCode.Ok, FrameCodec.Check(frame, length, FrameLayout.ResponseSync, out int payload));
            Assert.AreEqual(20, payload);
            for (int bit = 8; bit < length * 8; bit++)
            {
                var copy = (byte[])frame.Clone();
                copy[bit / 8] ^= (byte)(1 << (bit % 8));
                byte status = FrameCodec.Check(copy, length, FrameLayout.ResponseSync, out _);
                Assert.AreNotEqual(StatusCode.Ok, status, "flipped bit " + bit + " went unnoticed");
            }
        }

        [TestMethod]
        public void Check_ReportsWhatIsWrong()
        {
            var frame = new byte[32];
            int length = FrameCodec.Seal(frame, FrameLayout.CommandSync, Opcode.Ident, 3, 0);
            Assert.AreEqual(StatusCode.BadSync, FrameCodec.Check(frame, length, FrameLayout.ResponseSync, out _));
            Assert.AreEqual(StatusCode.BadLength, FrameCodec.Check(frame, 4, FrameLayout.CommandSync, out _), "truncated");
            var allOnes = new byte[32];
            for (int i = 0; i < allOnes.Length; i++) allOnes[i] = 0xFF;
            Assert.AreNotEqual(StatusCode.Ok, FrameCodec.Check(allOnes, 32, 0xFF, out _), "stuck-at-1 bus must not pass");
            Assert.AreEqual(StatusCode.BadSync, FrameCodec.Check(new byte[32], 32, FrameLayout.CommandSync, out _), "stuck-at-0 bus");
        }

        [TestMethod]
        public void Check_NeverThrows_OnRandomBytes()
        {
            var random = new System.Random(7);
            var frame = new byte[FrameLayout.MaxFrameBytes];
            for (int n = 0; n < 20000; n++)
            {
                random.NextBytes(frame);
                if (n % 2 == 0) frame[0] = FrameLayout.CommandSync;
                int received = random.Next(0, frame.Length + 1);
                byte status = FrameCodec.Check(frame, received, FrameLayout.CommandSync, out int payload);
                Assert.IsTrue(status != StatusCode.Ok || payload + FrameLayout.OverheadBytes <= received);
            }
        }

        [TestMethod]
        public void SafetyLimits_RoundTripThroughTheirEncoding_AndStricterTakesTheTighterBound()
        {
            var a = new Drivers.Board.SafetyLimits(2500, 2000, 3500, 20, 200, 300, 100, 1000000);
            var b = new Drivers.Board.SafetyLimits(1800, 2200, 3000, 30, 250, 250, 50, 2000000);
            var buffer = new byte[Drivers.Board.SafetyLimits.EncodedBytes];
            a.Encode(buffer, 0);
            Assert.AreEqual(a.ToString(), Drivers.Board.SafetyLimits.Decode(buffer, 0).ToString());
            var s = Drivers.Board.SafetyLimits.Stricter(a, b);
            Assert.AreEqual(1800, s.SetMaxMv);
            Assert.AreEqual(2000, s.ResetMaxMv);
            Assert.AreEqual(30, s.ComplianceMinUa);
            Assert.AreEqual(200, s.ComplianceMaxUa);
            Assert.AreEqual(100, s.WidthMinNs);
            Assert.AreEqual(1000000, s.WidthMaxNs);
        }

        internal static string Hex(byte[] buffer, int length)
        {
            return System.BitConverter.ToString(buffer, 0, length).Replace('-', ' ');
        }
    }
}
