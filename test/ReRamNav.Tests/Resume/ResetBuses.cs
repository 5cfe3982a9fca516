using ReRamNav.Drivers.Hal;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.Resume
{
    /// <summary>The MCU lost power: every transfer from now on fails (what the old firmware did next no longer matters).</summary>
    internal sealed class McuPowerLostException : Exception
    {
        public McuPowerLostException() : base("MCU power lost (test)") { }
    }

    /// <summary>
    /// The SPI bus to a virtual board, counting transfers; at transfer <see cref="CutAt"/> it resets the
    /// board (RESET_N: logic restarts, array kept) and, if <see cref="McuDiesToo"/>, the MCU dies: the
    /// transfer and every later one throw. <see cref="OnTransfer"/> lets a sink note where a trial ended.
    /// </summary>
    internal sealed class ResettingBus : ISpiBus
    {
        private readonly VirtualBoard _board;
        private bool _dead;

        public long Transfers;
        public long CutAt = long.MaxValue;
        public bool McuDiesToo = true;
        /// <summary>Reset at the first response read at or after <see cref="CutAt"/> (the worst moment for the
        /// link: the board has executed the command and its answer is lost).</summary>
        public bool AtResponseRead;
        private bool _cut;

        public ResettingBus(VirtualBoard board) { _board = board; }

        public int ClockHz => _board.ClockHz;

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            if (_dead) throw new McuPowerLostException();
            Transfers++;
            bool responseRead = length > 0 && writeBuffer[writeOffset] != Drivers.Protocol.FrameLayout.CommandSync;
            if (!_cut && Transfers >= CutAt && (!AtResponseRead || responseRead))
            {
                _cut = true;
                _board.Reset();
                if (McuDiesToo)
                {
                    _dead = true;
                    throw new McuPowerLostException();
                }
            }
            _board.TransferFullDuplex(writeBuffer, writeOffset, readBuffer, readOffset, length);
        }
    }
}
