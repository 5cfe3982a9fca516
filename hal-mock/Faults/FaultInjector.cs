using System;

namespace ReRamNav.HalMock.Faults
{
    /// <summary>
    /// Puts a <see cref="FaultConfig"/> on a <see cref="VirtualBoard"/> without touching the board: applies the
    /// array faults to <see cref="VirtualBoard.Array"/> and wraps its SPI bus and READY line. Hand
    /// <see cref="Bus"/> and <see cref="Ready"/> to the driver instead of the board's own.
    /// </summary>
    public sealed class FaultInjector
    {
        public readonly FaultConfig Config;
        public readonly FaultySpiBus Bus;
        public readonly FaultyReadyLine Ready;

        public FaultInjector(VirtualBoard board, FaultConfig config)
        {
            if (board == null) throw new ArgumentNullException(nameof(board));
            if (config == null) throw new ArgumentNullException(nameof(config));
            Config = config;
            board.Array.ApplyFaults(config, board.Config.Cols);
            Bus = new FaultySpiBus(board, config);
            Bus.ResetTarget = board;
            Ready = new FaultyReadyLine(board.Ready, config, Bus);
        }
    }
}
