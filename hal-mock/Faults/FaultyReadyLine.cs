using System;
using ReRamNav.Drivers.Hal;
using ReRamNav.HalMock.Model;

namespace ReRamNav.HalMock.Faults
{
    /// <summary>
    /// A READY/BUSY input wrapper: READY stuck low (busy) for good — from the start, after
    /// <see cref="FaultConfig.ReadyStuckAfterCommands"/> commands, or from the moment a test sets
    /// <see cref="StuckBusy"/> — and READY dropped (never rising) for a single command with
    /// <see cref="FaultConfig.ReadyDropProbability"/>. Commands are counted by the <see cref="FaultySpiBus"/>
    /// in front of the same board. The driver must answer both with a timeout, a retry, and finally a
    /// typed <c>BoardException</c> (kind Timeout), never a hang.
    /// </summary>
    public sealed class FaultyReadyLine : IDigitalInput
    {
        private readonly IDigitalInput _inner;
        private readonly FaultConfig _config;
        private readonly FaultySpiBus _bus;
        private readonly Prng _prng;
        private long _decidedForCommand = -1;
        private bool _droppedForThisCommand;

        /// <summary>Commands whose READY was dropped.</summary>
        public long ReadyDrops;

        public FaultyReadyLine(IDigitalInput inner, FaultConfig config, FaultySpiBus bus)
        {
            if (inner == null) throw new ArgumentNullException(nameof(inner));
            if (config == null) throw new ArgumentNullException(nameof(config));
            if (bus == null) throw new ArgumentNullException(nameof(bus));
            _inner = inner;
            _config = config;
            _bus = bus;
            _prng = new Prng(((ulong)config.Seed << 32) ^ 0x5245414459000000UL);
            StuckBusy = false;
        }

        /// <summary>Set to stick READY low from now on (a board that hung); clear to release it.</summary>
        public bool StuckBusy { get; set; }

        public bool Read()
        {
            long commands = _bus.CommandTransfers;
            if (StuckBusy || (_config.ReadyStuckBusy && commands > _config.ReadyStuckAfterCommands))
            {
                return false;
            }

            if (_config.ReadyDropProbability > 0f && commands != _decidedForCommand)
            {
                _decidedForCommand = commands;
                _droppedForThisCommand = _prng.NextUnitFloat() < _config.ReadyDropProbability;
                if (_droppedForThisCommand)
                {
                    ReadyDrops++;
                }
            }

            if (_droppedForThisCommand && commands == _decidedForCommand)
            {
                return false;
            }

            return _inner.Read();
        }
    }
}
