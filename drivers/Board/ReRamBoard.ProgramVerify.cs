using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>PROGRAM_VERIFY (protocol 1.1): program-and-verify run by the board.</summary>
    public sealed partial class ReRamBoard
    {
        /// <summary>
        /// Runs the board-side program-and-verify over the cells of <paramref name="batch"/>, in frames of
        /// at most <see cref="ProgramVerifyPayload.MaxCells"/> cells, and writes each cell's outcome,
        /// pulse count and final conductance back into the batch. The parameters are checked against the
        /// limits in force before any byte is sent (every pulse the algorithm can make lies in the ranges
        /// checked). Use <see cref="ProgramVerifier"/> to fall back to the MCU when the board lacks it.
        /// </summary>
        public void ProgramVerifyOnBoard(ProgramVerifyBatch batch, ProgramVerifyParameters parameters)
        {
            RequireCapability(Capability.ProgramVerify, Opcode.ProgramVerify);
            string violation = parameters.Check(_limits);
            if (violation != null)
            {
                RefuseLimit("program-verify", violation);
            }
            for (int i = 0; i < batch.Count; i++)
            {
                CheckPlace(batch.Places[i]);
                CheckDevice(batch.Devices[i]);
                batch.Outcome[i] = ProgramVerifyOutcome.NotRun;
            }
            batch.EnergyPj = 0;
            for (int first = 0; first < batch.Count; first += ProgramVerifyPayload.MaxCells)
            {
                int count = batch.Count - first;
                if (count > ProgramVerifyPayload.MaxCells) count = ProgramVerifyPayload.MaxCells;
                ProgramVerifyFrame(batch, first, count, parameters);
            }
        }

        private void ProgramVerifyFrame(ProgramVerifyBatch batch, int first, int count, ProgramVerifyParameters parameters)
        {
            int p = FrameLayout.OffsetPayload;
            parameters.Encode(_tx, p, count);
            for (int i = 0; i < count; i++)
            {
                int e = p + ProgramVerifyPayload.HeaderBytes + i * ProgramVerifyPayload.EntryBytes;
                LittleEndian.WriteU16(_tx, e + ProgramVerifyPayload.EntryPlace, batch.Places[first + i]);
                _tx[e + ProgramVerifyPayload.EntryDevice] = (byte)batch.Devices[first + i];
                _tx[e + ProgramVerifyPayload.EntryReserved] = 0;
                LittleEndian.WriteU32(_tx, e + ProgramVerifyPayload.EntryLowNs, (uint)batch.LowNs[first + i]);
                LittleEndian.WriteU32(_tx, e + ProgramVerifyPayload.EntryHighNs, (uint)batch.HighNs[first + i]);
            }
            // Worst case: every cell takes MaxAttempts pulses and MaxAttempts + 1 verify reads.
            long perCellNs = (long)parameters.MaxAttempts * (parameters.WidthNs + BoardTiming.PulseOverheadMaxNs)
                + (long)(parameters.MaxAttempts + 1) * parameters.Samples * BoardTiming.ReadSampleMaxNs;
            Exchange(_tx, Opcode.ProgramVerify, ProgramVerifyPayload.HeaderBytes + count * ProgramVerifyPayload.EntryBytes,
                ProgramVerifyPayload.ResponseHeaderBytes + count * ProgramVerifyPayload.ResultBytes, false,
                (count * perCellNs + BoardTiming.DecodeMaxNs) / 1000);
            int r = FrameLayout.OffsetPayload;
            long energyPj = LittleEndian.ReadU32(_rx, r + ProgramVerifyPayload.ResponseEnergyPj);
            batch.EnergyPj += energyPj;
            Counters.EnergyFj += energyPj * 1000;
            Counters.PulseEnergyPj += energyPj;
            for (int i = 0; i < count; i++)
            {
                int o = r + ProgramVerifyPayload.ResponseHeaderBytes + i * ProgramVerifyPayload.ResultBytes;
                byte outcome = _rx[o + ProgramVerifyPayload.ResultOutcome];
                batch.Outcome[first + i] = outcome;
                batch.Pulses[first + i] = _rx[o + ProgramVerifyPayload.ResultPulses];
                batch.FinalNs[first + i] = (int)LittleEndian.ReadU32(_rx, o + ProgramVerifyPayload.ResultFinalNs);
                Counters.ProgramVerifyCells++;
                if (outcome == ProgramVerifyOutcome.Pass) Counters.ProgramVerifyPasses++;
            }
            LogProgramVerify(batch, first, count, parameters, _clock.NowUs);
        }
    }
}
