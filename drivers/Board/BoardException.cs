using System;

namespace ReRamNav.Drivers.Board
{
    /// <summary>Base of every error the board driver raises. <see cref="Kind"/> says which
    /// (a <see cref="BoardErrorKind"/> constant), <see cref="Status"/> the board's status byte if it sent one.</summary>
    public class BoardException : Exception
    {
        public readonly int Kind;
        public readonly byte Status;

        public BoardException(int kind, byte status, string message) : base(message)
        {
            Kind = kind;
            Status = status;
        }
    }
}
