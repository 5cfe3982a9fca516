namespace ReRamNav.HalMock
{
    public sealed partial class VirtualBoard
    {
        /// <summary>Board resets seen (<see cref="Reset"/>), for tests and 'status'.</summary>
        public long ResetsSeen;

        /// <summary>
        /// What the FPGA does when RESET_N is pulled low (the MCU's boot pulse, a brown-out, the reset
        /// button): the logic restarts, the array keeps its state because ReRAM is non-volatile.
        /// A running pulse list stops after the pulses that have already ended (the others are never
        /// applied), the pending response and the replay cache are dropped, and STATUS reports a fresh
        /// reset again. Virtual time, the device model and its random stream go on: they are physics,
        /// not board logic.
        /// </summary>
        public void Reset()
        {
            CatchUp();
            _jobOpcode = 0;
            _jobCount = 0;
            _jobIndex = 0;
            _jobItemsCompleted = 0;
            _pvPendingKind = 0;
            _responsePending = false;
            _pendingIsFrameError = false;
            _responseLength = 0;
            _busyUntilNs = Clock.NowNs;
            _lastSequence = -1;
            _lastCommandCrc = 0;
            _lastErrorStatus = 0;
            _lastErrorOpcode = 0;
            _lastErrorSequence = 0;
            _lastAborted = false;
            _statusReadSinceReset = false;
            ResetsSeen++;
        }
    }
}
