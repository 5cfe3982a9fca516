using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>The per-operation log (<see cref="IOperationLog"/>): one row per device read and per pulse
    /// the board executed, written after the transaction succeeded (or was refused by the board, for pulses).</summary>
    public sealed partial class ReRamBoard
    {
        /// <summary>Where every read and pulse is recorded; null (the default): no logging, no cost.</summary>
        public IOperationLog OperationLog;

        /// <summary>Driver clock when the current exchange was first sent, µs (retries keep it).</summary>
        private long _exchangeStartUs;

        /// <summary>Row and column offsets of neighbours 0..7 (N, NE, E, SE, S, SW, W, NW), as the board reads them
        /// in READ_NEIGHBOURHOOD (docs/protocol.md §5.4).</summary>
        private static readonly int[] NeighbourRowDelta = { -1, -1, 0, 1, 1, 1, 0, -1 };
        private static readonly int[] NeighbourColDelta = { 0, 1, 1, 1, 0, -1, -1, -1 };

        private void LogRead(int place, int device, int readMv, int samples, int conductanceNs)
        {
            int cols = _identity.Cols;
            OperationLog.Record(_exchangeStartUs, OperationKind.Read, place / cols, place % cols, device, readMv, 0, 0,
                samples, 0, conductanceNs, -1, StatusCode.Ok);
        }

        private void LogNeighbourhood(int place, int readMv, int samples, int[] conductanceNs)
        {
            int cols = _identity.Cols;
            int row = place / cols;
            int col = place % cols;
            for (int d = 0; d < 8; d++)
            {
                LogRead(place, d, readMv, samples, conductanceNs[d]);
            }
            for (int d = 0; d < 8; d++)
            {
                if (conductanceNs[8 + d] < 0)
                {
                    continue; // off the array: nothing was read
                }
                int neighbour = (row + NeighbourRowDelta[d]) * cols + col + NeighbourColDelta[d];
                LogRead(neighbour, Payloads.StateDevice, readMv, samples, conductanceNs[8 + d]);
            }
            LogRead(place, Payloads.StateDevice, readMv, samples, conductanceNs[16]);
        }

        private void LogCells(int[] places, int[] devices, int count, int readMv, int samples, int[] conductanceNs)
        {
            for (int i = 0; i < count; i++)
            {
                LogRead(places[i], devices[i], readMv, samples, conductanceNs[i]);
            }
        }

        private void LogBlock(int firstPlace, int placeCount, int deviceMask, int readMv, int samples, int[] conductanceNs)
        {
            int i = 0;
            for (int place = firstPlace; place < firstPlace + placeCount; place++)
            {
                for (int d = 0; d < Payloads.DevicesPerPlace; d++)
                {
                    if ((deviceMask & (1 << d)) == 0) continue;
                    LogRead(place, d, readMv, samples, conductanceNs[i]);
                    i++;
                }
            }
        }

        /// <summary>The <paramref name="count"/> pulses in _pulseTx, each with its status from the response
        /// (<paramref name="refusedStatus"/> &lt; 0), or all with the status the board refused the list with.</summary>
        private void LogPulses(int count, int refusedStatus)
        {
            int cols = _identity.Cols;
            for (int i = 0; i < count; i++)
            {
                int e = FrameLayout.OffsetPayload + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                int place = LittleEndian.ReadU16(_pulseTx, e + Payloads.PulseEntryPlace);
                int status = refusedStatus >= 0 ? refusedStatus
                    : _rx[FrameLayout.OffsetPayload + Payloads.PulseResponseHeaderBytes + i];
                OperationLog.Record(_exchangeStartUs, OperationKind.FromPulseKind(_pulseTx[e + Payloads.PulseEntryKind]),
                    place / cols, place % cols, _pulseTx[e + Payloads.PulseEntryDevice],
                    LittleEndian.ReadU16(_pulseTx, e + Payloads.PulseEntryAmplitudeMv), LittleEndian.ReadU16(_pulseTx, e + Payloads.PulseEntryComplianceUa),
                    (int)LittleEndian.ReadU32(_pulseTx, e + Payloads.PulseEntryWidthNs), 0, refusedStatus >= 0 ? 0 : 1, -1, -1, status);
            }
        }

        /// <summary>The program-and-verify result of cells [first, first + count) of <paramref name="batch"/>
        /// (V, I_C and width are the algorithm's SET amplitude, starting compliance and width).</summary>
        internal void LogProgramVerify(ProgramVerifyBatch batch, int first, int count, ProgramVerifyParameters parameters, long timeUs)
        {
            if (OperationLog == null) return;
            int cols = _identity.Cols;
            for (int i = first; i < first + count; i++)
            {
                int place = batch.Places[i];
                OperationLog.Record(timeUs, OperationKind.ProgramVerify, place / cols, place % cols, batch.Devices[i],
                    parameters.SetAmplitudeMv, parameters.ComplianceStartUa, parameters.WidthNs, parameters.Samples,
                    batch.Pulses[i], batch.FinalNs[i], batch.Outcome[i], StatusCode.Ok);
            }
        }
    }
}
