using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Protocol
{
    /// <summary>
    /// Random and mutated frames against the virtual board's decoder (the FPGA's side): every frame
    /// gets a well-formed response or is ignored, nothing throws, READY always comes back.
    /// CI size: 20 000 frames. Longer run: RERAMNAV_FUZZ_FRAMES=1000000 dotnet test --filter BoardDecoderFuzz.
    /// </summary>
    [TestClass]
    public class BoardDecoderFuzzTests
    {
        [TestMethod]
        public void RandomAndMutatedFrames_GetTypedAnswers_NeverAnExceptionOrAHang()
        {
            int frames = 20000;
            string env = System.Environment.GetEnvironmentVariable("RERAMNAV_FUZZ_FRAMES");
            if (env != null) frames = int.Parse(env);
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 8, Cols = 8, NeuronCount = 16, Seed = 4 });
            var seeds = new List<byte[]>();
            foreach (var f in GoldenFrames.Session) seeds.Add(BoardFeeder.Parse(f.Command));
            foreach (var f in GoldenFrames.Errors) seeds.Add(BoardFeeder.Parse(f.Command));
            var random = new System.Random(99);
            var statuses = new Dictionary<byte, int>();
            for (int n = 0; n < frames; n++)
            {
                byte[] frame;
                int mode = random.Next(4);
                if (mode == 0)
                {
                    frame = new byte[random.Next(1, 80)];
                    random.NextBytes(frame);
                    if (random.Next(2) == 0) frame[0] = FrameLayout.CommandSync;
                }
                else
                {
                    byte[] seed = seeds[random.Next(seeds.Count)];
                    frame = (byte[])seed.Clone();
                    int mutations = random.Next(1, 4);
                    for (int m = 0; m < mutations; m++) frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
                    if (mode == 2) System.Array.Resize(ref frame, random.Next(1, frame.Length + 1)); // truncated
                    if (mode == 3 && random.Next(2) == 0)
                    {
                        // Mutated but re-sealed: a valid CRC around nonsense fields exercises the field checks.
                        frame = (byte[])seed.Clone();
                        for (int i = 5; i < frame.Length - 2; i++) if (random.Next(4) == 0) frame[i] = (byte)random.Next(256);
                        frame[1] = (byte)(random.Next(8) == 0 ? random.Next(256) : frame[1]);
                        FrameCodec.Seal(frame, FrameLayout.CommandSync, frame[1], (byte)n, frame.Length - FrameLayout.OverheadBytes);
                    }
                }
                board.TransferFullDuplex(frame, 0, new byte[frame.Length], 0, frame.Length);
                byte[] response = BoardFeeder.ClockOut(board, 20000000);
                Assert.IsNotNull(response, "READY never rose after frame " + n);
                if (response[0] == 0) continue; // not a command (no sync): nothing to answer
                Assert.AreEqual(StatusCode.Ok, FrameCodec.Check(response, response.Length, FrameLayout.ResponseSync, out _), "response " + n + " well-formed");
                byte status = response[FrameLayout.OffsetOpcodeOrStatus];
                statuses[status] = statuses.TryGetValue(status, out int c) ? c + 1 : 1;
            }
            foreach (byte s in new[] { StatusCode.BadCrc, StatusCode.BadLength, StatusCode.UnknownOpcode, StatusCode.Ok })
            {
                Assert.IsTrue(statuses.ContainsKey(s), "the fuzz reached " + StatusCode.Name(s));
            }
            foreach (byte s in statuses.Keys)
            {
                Assert.AreNotEqual(StatusCode.InternalError, s);
                Assert.IsTrue(s <= StatusCode.BadParameter, "unexpected status 0x" + s.ToString("X2"));
            }
        }
    }
}
