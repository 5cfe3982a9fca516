namespace ReRamNav.HalMock
{
    /// <summary>The board's RESET line / a power cycle (protocol.md §2, §8).</summary>
    public sealed partial class VirtualBoard
    {
        /// <summary>Board resets since construction (RESET line or power cycle).</summary>
        public long BoardResets;

        /// <summary>
        /// Resets the board as its RESET line (or a brown-out) would: a running pulse list or program-verify
        /// job stops between pulses (the pulses already applied stay applied, the one in flight is not), the
        /// replay cache, any pending response, the error record and the neuron thresholds are cleared, and the
        /// next STATUS reports FRESH. The ReRAM array keeps every device's conductance, as non-volatile
        /// memory does; the STATUS counters restart at 0 (protocol.md §6: "since power-on or RESET").
        /// Called by the fault injector (FaultConfig.BoardResetBeforeCommands) and by tests of resume after a reset (docs/resume.md).
        /// </summary>
        public void Reset()
        {
            CatchUp();
            StopJob();
            _responsePending = false;
            _pendingIsFrameError = false;
            _responseLength = 0;
            _busyUntilNs = Clock.NowNs;
            _busyOpcode = 0;
            _busySequence = 0;
            _lastSequence = -1;
            _lastCommandCrc = 0;
            _lastErrorStatus = 0;
            _lastErrorOpcode = 0;
            _lastErrorSequence = 0;
            _lastAborted = false;
            _statusReadSinceReset = false;
            CommandsExecuted = 0;
            CommandsRejected = 0;
            ResponsesReplayed = 0;
            TransfersIgnoredWhileBusy = 0;
            CrcErrors = 0;
            FramingErrors = 0;
            UnknownOpcodes = 0;
            AddressErrors = 0;
            LimitErrors = 0;
            ParameterErrors = 0;
            Aborts = 0;
            PulsesApplied = 0;
            ReadSamples = 0;
            if (Neurons != null)
            {
                for (int i = 0; i < Neurons.Count; i++)
                {
                    Neurons.SetThresholdMv(i, 0);
                }
            }

            BoardResets++;
        }
    }
}
