using System;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock.Model;

namespace ReRamNav.HalMock.Faults
{
    /// <summary>
    /// An <see cref="ISpiBus"/> wrapper that corrupts bits on the way to and from the inner bus (a
    /// <see cref="VirtualBoard"/> or a real board), seeded by <see cref="FaultConfig.Seed"/>:
    /// <list type="bullet">
    /// <item>frame errors: with <see cref="FaultConfig.SpiFrameErrorProbability"/>, one random bit of one random
    /// byte of a command frame (MOSI, a transfer starting with the command sync) or of a response read (MISO, any
    /// other transfer) is flipped;</item>
    /// <item>bit errors: every bit of both lines of every transfer flips independently with
    /// <see cref="FaultConfig.SpiBitErrorRate"/> (gaps between errors drawn geometrically, so a low rate costs
    /// nothing per byte).</item>
    /// </list>
    /// The caller's write buffer is never modified (a corrupted command is sent from an internal copy).
    /// Allocation-free after construction, unless a transfer is longer than a maximum-size frame.
    /// </summary>
    public sealed class FaultySpiBus : ISpiBus
    {
        private readonly ISpiBus _inner;
        private readonly FaultConfig _config;
        private readonly Prng _prng;
        private byte[] _scratch = new byte[FrameLayout.MaxFrameBytes];
        private long _bitsUntilError = -1;

        /// <summary>Transfers seen, all kinds.</summary>
        public long Transfers;
        /// <summary>Transfers that carried a command frame (first MOSI byte = command sync).</summary>
        public long CommandTransfers;
        /// <summary>Bits flipped on MOSI and MISO.</summary>
        public long BitsFlipped;
        /// <summary>Transfers with at least one flipped bit.</summary>
        public long TransfersCorrupted;
        /// <summary>Board resets injected (<see cref="FaultConfig.BoardResetBeforeCommands"/>).</summary>
        public long BoardResetsInjected;
        /// <summary>The board that <see cref="FaultConfig.BoardResetBeforeCommands"/> resets; set by <see cref="FaultInjector"/>, null = none.</summary>
        public VirtualBoard ResetTarget;

        public FaultySpiBus(ISpiBus inner, FaultConfig config)
        {
            if (inner == null) throw new ArgumentNullException(nameof(inner));
            if (config == null) throw new ArgumentNullException(nameof(config));
            _inner = inner;
            _config = config;
            _prng = new Prng(((ulong)config.Seed << 32) ^ 0x5350494255534552UL);
        }

        public int ClockHz { get { return _inner.ClockHz; } }

        /// <summary>Resets the board before this command if the config schedules it (no allocation).</summary>
        private void ResetIfScheduled()
        {
            int[] at = _config.BoardResetBeforeCommands;
            if (at == null || ResetTarget == null)
            {
                return;
            }

            for (int i = 0; i < at.Length; i++)
            {
                if (at[i] == CommandTransfers)
                {
                    ResetTarget.Reset();
                    BoardResetsInjected++;
                    return;
                }
            }
        }

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            Transfers++;
            bool isCommand = length > 0 && writeBuffer[writeOffset] == FrameLayout.CommandSync;
            if (isCommand)
            {
                CommandTransfers++;
                ResetIfScheduled();
            }

            long flippedBefore = BitsFlipped;
            byte[] source = writeBuffer;
            int sourceOffset = writeOffset;
            if (_config.CorruptCommands && length > 0)
            {
                if (_scratch.Length < length)
                {
                    _scratch = new byte[length];
                }

                Array.Copy(writeBuffer, writeOffset, _scratch, 0, length);
                bool changed = false;
                if (isCommand && _config.SpiFrameErrorProbability > 0f && _prng.NextUnitFloat() < _config.SpiFrameErrorProbability)
                {
                    FlipRandomBit(_scratch, 0, length);
                    changed = true;
                }

                if (ApplyBitErrors(_scratch, 0, length))
                {
                    changed = true;
                }

                if (changed)
                {
                    source = _scratch;
                    sourceOffset = 0;
                }
            }

            _inner.TransferFullDuplex(source, sourceOffset, readBuffer, readOffset, length);

            if (_config.CorruptResponses && length > 0)
            {
                if (!isCommand && _config.SpiFrameErrorProbability > 0f && _prng.NextUnitFloat() < _config.SpiFrameErrorProbability)
                {
                    FlipRandomBit(readBuffer, readOffset, length);
                }

                ApplyBitErrors(readBuffer, readOffset, length);
            }

            if (BitsFlipped != flippedBefore)
            {
                TransfersCorrupted++;
            }
        }

        private void FlipRandomBit(byte[] buffer, int offset, int length)
        {
            int bit = _prng.NextInt(length * 8);
            buffer[offset + (bit >> 3)] ^= (byte)(1 << (bit & 7));
            BitsFlipped++;
        }

        /// <summary>Flips each bit of the region with probability SpiBitErrorRate; true if any flipped.</summary>
        private bool ApplyBitErrors(byte[] buffer, int offset, int length)
        {
            float rate = _config.SpiBitErrorRate;
            if (!(rate > 0f))
            {
                return false;
            }

            if (_bitsUntilError < 0)
            {
                _bitsUntilError = NextGap(rate);
            }

            long bits = (long)length * 8;
            long position = 0;
            bool any = false;
            while (_bitsUntilError < bits - position)
            {
                position += _bitsUntilError;
                buffer[offset + (int)(position >> 3)] ^= (byte)(1 << (int)(position & 7));
                BitsFlipped++;
                any = true;
                position++;
                _bitsUntilError = NextGap(rate);
            }

            _bitsUntilError -= bits - position;
            return any;
        }

        /// <summary>Number of error-free bits before the next error: geometric, floor(ln U / ln(1 − p)).</summary>
        private long NextGap(float rate)
        {
            if (rate >= 1f)
            {
                return 0;
            }

            float u = 1f - _prng.NextUnitFloat(); // (0, 1]
            float lnOneMinusRate = rate < 0.01f ? -(rate + 0.5f * rate * rate) : FloatMath.Ln(1f - rate);
            float gap = FloatMath.Ln(u) / lnOneMinusRate;
            return gap > 1e15f ? 1000000000000000L : (long)gap;
        }
    }
}
