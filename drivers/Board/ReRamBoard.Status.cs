using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>STATUS and ABORT (protocol 1.1).</summary>
    public sealed partial class ReRamBoard
    {
        private byte _lastAbortedOpcode;
        private byte _lastAbortedSequence;

        /// <summary>Opcode and sequence the last ABORT reported as stopped (0 = nothing was running).</summary>
        public byte LastAbortedOpcode { get { return _lastAbortedOpcode; } }
        public byte LastAbortedSequence { get { return _lastAbortedSequence; } }

        /// <summary>Reads the board's counters and last error into <paramref name="status"/> (one transaction, no allocation).</summary>
        public void ReadStatus(BoardStatus status)
        {
            RequireCapability(Capability.Status, Opcode.Status);
            Exchange(_tx, Opcode.Status, 0, StatusPayload.ResponseBytes, true, 0);
            status.Decode(_rx, FrameLayout.OffsetPayload);
        }

        /// <summary>
        /// Stops whatever the board is executing and puts it in safe idle. Safe at any time: the board
        /// decodes ABORT even while BUSY. Returns how many pulses of the stopped command were completed;
        /// <see cref="LastAbortedOpcode"/> says which command was stopped (0 = none was running).
        /// Queued, uncommitted pulses are dropped too. Never resend the stopped command's frame.
        /// </summary>
        public int Abort()
        {
            RequireCapability(Capability.Abort, Opcode.Abort);
            _pendingPulses = 0;
            Counters.Aborts++;
            Exchange(_tx, Opcode.Abort, 0, AbortPayload.ResponseBytes, false, BoardTiming.AbortLatencyMaxNs / 1000);
            int r = FrameLayout.OffsetPayload;
            _lastAbortedOpcode = _rx[r + AbortPayload.AbortedOpcode];
            _lastAbortedSequence = _rx[r + AbortPayload.AbortedSequence];
            return LittleEndian.ReadU16(_rx, r + AbortPayload.ItemsCompleted);
        }

        /// <summary>Best effort after a write timed out: never throws, returns what happened for the error message.</summary>
        private string TryAbortAfterTimeout()
        {
            try
            {
                int completed = Abort();
                return Opcode.Name(_lastAbortedOpcode) + " stopped after " + completed + " pulses";
            }
            catch (BoardException e)
            {
                return "failed (" + e.Message + ")";
            }
        }
    }
}
