using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// Program-and-verify on the MCU, over the primitive READ_CELLS and PULSE_LIST, with the same
    /// algorithm the board runs for PROGRAM_VERIFY (<see cref="ProgramVerifyPolicy"/>). Cells are worked
    /// in rounds: one round reads every unfinished cell (one READ_CELLS per 255 cells) and sends one
    /// pulse to each cell still outside its window (one PULSE_LIST per 85 pulses), so a batch costs
    /// about 2 transactions per attempt, not 2 per cell per attempt. Per-cell state lives in arrays
    /// allocated once (<paramref name="capacity"/> cells); a run allocates nothing.
    /// </summary>
    public sealed class ProgramVerifier
    {
        private readonly ReRamBoard _board;
        private readonly int[] _complianceUa;
        private readonly int[] _stopMv;
        private readonly byte[] _lastKind;
        private readonly bool[] _done;
        private readonly int[] _readPlaces = new int[Payloads.MaxReadCells];
        private readonly int[] _readDevices = new int[Payloads.MaxReadCells];
        private readonly int[] _readValues = new int[Payloads.MaxReadCells];
        private readonly int[] _readIndex = new int[Payloads.MaxReadCells];

        /// <summary>Rounds used by the last <see cref="Run"/> (= most verify reads of any cell).</summary>
        public int LastRounds;

        public ProgramVerifier(ReRamBoard board, int capacity)
        {
            _board = board;
            _complianceUa = new int[capacity];
            _stopMv = new int[capacity];
            _lastKind = new byte[capacity];
            _done = new bool[capacity];
        }

        /// <summary>
        /// Uses the board's PROGRAM_VERIFY when IDENT announces it, else <see cref="Run"/> on the MCU.
        /// Returns true when the board ran it.
        /// </summary>
        public bool RunBest(ProgramVerifyBatch batch, ProgramVerifyParameters parameters)
        {
            if (_board.Identity != null && _board.Identity.Has(Capability.ProgramVerify))
            {
                _board.ProgramVerifyOnBoard(batch, parameters);
                return true;
            }
            Run(batch, parameters);
            return false;
        }

        /// <summary>Runs program-and-verify on the MCU. Throws <see cref="BoardException"/> (LimitRefused)
        /// before any byte is sent when the parameters allow a pulse outside the limits in force.</summary>
        public void Run(ProgramVerifyBatch batch, ProgramVerifyParameters parameters)
        {
            if (batch.Count > _done.Length)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "batch of " + batch.Count + " cells exceeds the verifier's capacity " + _done.Length);
            }
            if (_board.Limits == null)
            {
                throw new BoardException(BoardErrorKind.NotConnected, 0, "call Connect() first: no board identified");
            }
            string violation = parameters.Check(_board.Limits);
            if (violation != null)
            {
                _board.Counters.LimitRefusals++;
                throw new BoardException(BoardErrorKind.LimitRefused, 0, "program-verify refused before sending: " + violation);
            }
            _board.DiscardPulses();
            for (int i = 0; i < batch.Count; i++)
            {
                _complianceUa[i] = parameters.ComplianceStartUa;
                _stopMv[i] = parameters.StopStartMv;
                _lastKind[i] = 0;
                _done[i] = false;
                batch.Outcome[i] = ProgramVerifyOutcome.NotRun;
                batch.Pulses[i] = 0;
            }
            long energyBeforePj = _board.Counters.PulseEnergyPj;
            LastRounds = 0;
            bool active = batch.Count > 0;
            while (active)
            {
                LastRounds++;
                active = false;
                int next = 0;
                while (next < batch.Count)
                {
                    next = ReadChunk(batch, parameters, next);
                    for (int k = 0; k < _chunkCount; k++)
                    {
                        if (Decide(batch, parameters, _readIndex[k], _readValues[k])) active = true;
                    }
                }
                _board.CommitPulses();
            }
            // From the counters, so that lists committed automatically when full are included.
            batch.EnergyPj = _board.Counters.PulseEnergyPj - energyBeforePj;
            for (int i = 0; i < batch.Count; i++)
            {
                _board.Counters.ProgramVerifyCells++;
                if (batch.Outcome[i] == ProgramVerifyOutcome.Pass) _board.Counters.ProgramVerifyPasses++;
            }
            _board.LogProgramVerify(batch, 0, batch.Count, parameters, _board.Clock.NowUs);
        }

        private int _chunkCount;

        /// <summary>Reads up to 255 unfinished cells from index <paramref name="from"/> on, in one READ_CELLS;
        /// returns the index to continue from.</summary>
        private int ReadChunk(ProgramVerifyBatch batch, ProgramVerifyParameters p, int from)
        {
            _chunkCount = 0;
            int i = from;
            for (; i < batch.Count && _chunkCount < Payloads.MaxReadCells; i++)
            {
                if (_done[i]) continue;
                _readPlaces[_chunkCount] = batch.Places[i];
                _readDevices[_chunkCount] = batch.Devices[i];
                _readIndex[_chunkCount] = i;
                _chunkCount++;
            }
            if (_chunkCount > 0)
            {
                _board.ReadCells(_readPlaces, _readDevices, _chunkCount, p.ReadMv, p.Samples, _readValues);
            }
            return i;
        }

        /// <summary>Applies the policy to one cell after its verify read; queues its pulse. Returns true
        /// when the cell needs another round.</summary>
        private bool Decide(ProgramVerifyBatch batch, ProgramVerifyParameters p, int i, int conductanceNs)
        {
            batch.FinalNs[i] = conductanceNs;
            byte kind = ProgramVerifyPolicy.NextPulse(p, conductanceNs, batch.LowNs[i], batch.HighNs[i],
                ref _complianceUa[i], ref _stopMv[i], ref _lastKind[i]);
            if (kind == 0)
            {
                batch.Outcome[i] = ProgramVerifyOutcome.Pass;
                _done[i] = true;
                return false;
            }
            if (batch.Pulses[i] >= p.MaxAttempts)
            {
                batch.Outcome[i] = ProgramVerifyOutcome.FailMaxAttempts;
                _done[i] = true;
                return false;
            }
            if (kind == PulseKind.Set) _board.AddSet(batch.Places[i], batch.Devices[i], p.SetAmplitudeMv, _complianceUa[i], p.WidthNs);
            else _board.AddReset(batch.Places[i], batch.Devices[i], _stopMv[i], p.WidthNs);
            batch.Pulses[i]++;
            return true;
        }
    }
}
