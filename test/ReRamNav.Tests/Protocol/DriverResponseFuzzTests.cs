using Microsoft.VisualStudio.TestTools.UnitTesting;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Protocol
{
    /// <summary>
    /// The other decoder: the driver's (the MCU's side). Every response the driver reads is replaced, at
    /// random, by garbage, a truncated or bit-flipped copy, a stuck-at-0x00/0xFF bus, or a well-formed frame
    /// (right CRC and sequence) around a random status and random payload fields. Whatever comes back, every
    /// driver call ends in a result or a typed <see cref="BoardException"/>, never another exception or a hang.
    /// CI size: 20 000 operations. Longer run: RERAMNAV_FUZZ_FRAMES=1000000 (shared with BoardDecoderFuzzTests).
    /// </summary>
    [TestClass]
    public class DriverResponseFuzzTests
    {
        /// <summary>Passes commands to the virtual board and mangles the responses it clocks out.</summary>
        private sealed class ManglingBus : ISpiBus
        {
            private readonly ISpiBus _inner;
            private readonly System.Random _random;
            public int Mode;
            public long Mangled;

            public ManglingBus(ISpiBus inner, int seed) { _inner = inner; _random = new System.Random(seed); }

            public int ClockHz => _inner.ClockHz;

            public void TransferFullDuplex(byte[] w, int wo, byte[] r, int ro, int length)
            {
                _inner.TransferFullDuplex(w, wo, r, ro, length);
                if (length > 0 && w[wo] == FrameLayout.CommandSync) return;
                Mangled++;
                switch (Mode)
                {
                    case 0: return; // clean
                    case 1: for (int i = 0; i < length; i++) r[ro + i] = (byte)_random.Next(256); return;
                    case 2: for (int i = 0, n = _random.Next(1, 4); i < n; i++) r[ro + _random.Next(length)] ^= (byte)(1 << _random.Next(8)); return;
                    case 3: for (int i = _random.Next(length); i < length; i++) r[ro + i] = 0x00; return; // truncated
                    case 4: for (int i = 0; i < length; i++) r[ro + i] = _random.Next(2) == 0 ? (byte)0x00 : (byte)0xFF; return;
                    default:
                        // Well-formed around nonsense: the payload decoders see every field value.
                        for (int i = FrameLayout.OffsetPayload; i < length - FrameLayout.CrcBytes; i++)
                            if (_random.Next(3) == 0) r[ro + i] = (byte)_random.Next(256);
                        byte status = _random.Next(4) == 0 ? (byte)_random.Next(256) : StatusCode.Ok;
                        int payload = length - FrameLayout.OverheadBytes;
                        if (_random.Next(8) == 0) payload = _random.Next(payload + 1); // a shorter, still valid frame
                        var frame = new byte[length];
                        System.Array.Copy(r, ro, frame, 0, length);
                        FrameCodec.Seal(frame, FrameLayout.ResponseSync, status, frame[FrameLayout.OffsetSequence], payload);
                        System.Array.Copy(frame, 0, r, ro, length);
                        return;
                }
            }
        }

        [TestMethod]
        public void IdentWithAHugeGeometry_IsRefused_NotOverflowed()
        {
            // Found by the fuzz below: 65535 x 65535 places overflowed an int and passed the geometry check.
            var id = new BoardIdentity
            {
                ProtocolMajor = 1, ProtocolMinor = 1, Rows = 65535, Cols = 65535, DevicesPerPlace = 9,
                Capabilities = Capability.AllVersion11, BoardLimits = SafetyLimits.SiOxDefaults(),
            };
            var buffer = new byte[Payloads.IdentBytes];
            id.Encode(buffer, 0);
            Assert.IsNull(BoardIdentity.Decode(buffer, 0, buffer.Length, out string whyNot));
            StringAssert.Contains(whyNot, "geometry");
        }

        [TestMethod]
        public void MangledResponses_EndInResultsOrTypedErrors_NeverAnotherExceptionOrAHang()
        {
            int operations = 20000;
            string env = System.Environment.GetEnvironmentVariable("RERAMNAV_FUZZ_FRAMES");
            if (env != null) operations = int.Parse(env);
            var board = new VirtualBoard(new VirtualBoardConfig { Rows = 6, Cols = 6, NeuronCount = 8, Seed = 3 });
            var bus = new ManglingBus(board, 41);
            var driver = new ReRamBoard(bus, board.Ready, board.Clock, SafetyLimits.SiOxDefaults()) { MaxAttempts = 2, ReadyTimeoutUs = 2000 };
            var random = new System.Random(42);
            var values = new int[ReadBlockPayload.MaxValues];
            var status = new BoardStatus();
            var batch = new ProgramVerifyBatch(2);
            var parameters = new ProgramVerifyParameters { MaxAttempts = 3 };
            var kinds = new Dictionary<int, int>();
            int results = 0;
            for (int n = 0; n < operations; n++)
            {
                bus.Mode = random.Next(6);
                long startUs = board.Clock.NowUs;
                try
                {
                    if (driver.Identity == null || random.Next(20) == 0)
                    {
                        if (random.Next(2) == 0) bus.Mode = 0;
                        driver.Connect();
                    }
                    else
                    {
                        int places = driver.Identity.PlaceCount;
                        switch (random.Next(9))
                        {
                            case 0: driver.ReadNeighbourhood(random.Next(places), 200, 1, values); break;
                            case 1: driver.ReadCell(random.Next(places), random.Next(9), 200, 2); break;
                            case 2: driver.ReadBlock(0, System.Math.Min(places, 1 + random.Next(8)), 0x1FF, 200, 1, values); break;
                            case 3:
                                driver.AddSet(random.Next(places), random.Next(9), 1500, 100, 1000);
                                driver.AddReset(random.Next(places), random.Next(9), 1200, 1000);
                                driver.CommitPulses();
                                break;
                            case 4: driver.ReadStatus(status); break;
                            case 5: driver.Abort(); break;
                            case 6:
                                batch.Clear();
                                batch.Add(random.Next(places), random.Next(9), 80000, 120000);
                                batch.Add(random.Next(places), random.Next(9), 5000, 20000);
                                driver.ProgramVerifyOnBoard(batch, parameters);
                                break;
                            case 7:
                                driver.LoadNeuronThresholds(0, 2, new[] { 1000, 800 }, 0);
                                driver.IntegrateNeurons(new[] { 0, 1 }, new[] { 0, 1 }, new[] { 0, 8 }, 2, 200, 100000);
                                break;
                            default: driver.SafeIdle(); break;
                        }
                    }
                    results++;
                }
                catch (BoardException e)
                {
                    kinds[e.Kind] = kinds.TryGetValue(e.Kind, out int c) ? c + 1 : 1;
                    driver.DiscardPulses();
                }
                // A hang would show as unbounded virtual time: every call is bounded by its attempts and timeouts.
                Assert.IsTrue(board.Clock.NowUs - startUs < 1000000, "operation " + n + " took " + (board.Clock.NowUs - startUs) + " µs of board time");
            }
            Assert.IsTrue(results > operations / 10, "some operations succeed: " + results);
            foreach (int kind in new[] { BoardErrorKind.CorruptResponse, BoardErrorKind.Nack, BoardErrorKind.UnsupportedBoard })
                Assert.IsTrue(kinds.ContainsKey(kind), "the fuzz reached " + BoardErrorKind.Name(kind) + " (" + string.Join(", ", kinds.Select(k => BoardErrorKind.Name(k.Key) + "=" + k.Value)) + ")");
        }
    }
}
