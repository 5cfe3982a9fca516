using ReRamNav.Drivers.Hal;

namespace ReRamNav.HalMock
{
    /// <summary>The virtual board's READY/BUSY output, as the MCU sees it on its GPIO input.</summary>
    public sealed class VirtualReadyLine : IDigitalInput
    {
        private readonly VirtualBoard _board;

        public VirtualReadyLine(VirtualBoard board)
        {
            _board = board;
        }

        public bool Read()
        {
            return _board.IsReady;
        }
    }
}
