using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Tests.Driver
{
    /// <summary>Wraps a bus and records every command frame the MCU put on it.</summary>
    internal sealed class RecordingBus : ISpiBus
    {
        private readonly ISpiBus _inner;
        public readonly List<byte[]> Commands = new List<byte[]>();

        public RecordingBus(ISpiBus inner) { _inner = inner; }

        public int ClockHz => _inner.ClockHz;

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            if (length > 0 && writeBuffer[writeOffset] == FrameLayout.CommandSync)
            {
                var copy = new byte[length];
                System.Array.Copy(writeBuffer, writeOffset, copy, 0, length);
                Commands.Add(copy);
            }
            _inner.TransferFullDuplex(writeBuffer, writeOffset, readBuffer, readOffset, length);
        }
    }

    /// <summary>Wraps a bus and flips one bit of selected response transfers (MISO), as a noisy link would.</summary>
    internal sealed class CorruptingBus : ISpiBus
    {
        private readonly ISpiBus _inner;
        private int _responseIndex;
        /// <summary>Indices (0-based, counting response transfers only) whose MISO gets a flipped bit.</summary>
        public readonly HashSet<int> CorruptResponses = new HashSet<int>();
        /// <summary>Indices (0-based, counting command transfers only) whose MOSI gets a flipped bit.</summary>
        public readonly HashSet<int> CorruptCommands = new HashSet<int>();
        private int _commandIndex;

        public CorruptingBus(ISpiBus inner) { _inner = inner; }

        public int ClockHz => _inner.ClockHz;

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            bool isCommand = length > 0 && writeBuffer[writeOffset] == FrameLayout.CommandSync;
            if (isCommand)
            {
                if (CorruptCommands.Contains(_commandIndex++))
                {
                    var copy = (byte[])writeBuffer.Clone();
                    copy[writeOffset + length - 3] ^= 0x10;
                    _inner.TransferFullDuplex(copy, writeOffset, readBuffer, readOffset, length);
                    return;
                }
                _inner.TransferFullDuplex(writeBuffer, writeOffset, readBuffer, readOffset, length);
                return;
            }
            _inner.TransferFullDuplex(writeBuffer, writeOffset, readBuffer, readOffset, length);
            if (CorruptResponses.Contains(_responseIndex++))
            {
                readBuffer[readOffset + length / 2] ^= 0x04;
            }
        }
    }

    /// <summary>A bus with nothing attached: MISO floats high (0xFF), READY never rises.</summary>
    internal sealed class DeadBus : ISpiBus, IDigitalInput
    {
        public int ClockHz => 1000000;
        public byte Level = 0xFF;
        public bool Read() => false;

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            for (int i = 0; i < length; i++) readBuffer[readOffset + i] = Level;
        }
    }
}
