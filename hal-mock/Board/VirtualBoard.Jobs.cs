using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.HalMock
{
    /// <summary>
    /// Pulse-applying commands as jobs in virtual time. The whole request is checked first (a refused
    /// request applies nothing); then each pulse takes effect at its end time, and <see cref="CatchUp"/>
    /// (called whenever the MCU looks at the bus or at READY) applies the pulses whose end has passed.
    /// So an ABORT stops a job between pulses, with exactly the pulses completed so far applied, as
    /// protocol.md §5.4 requires of the FPGA. The response is sealed when the last step has ended.
    /// </summary>
    public sealed partial class VirtualBoard
    {
        private readonly byte[] _jobFrame = new byte[FrameLayout.MaxFrameBytes];
        private byte _jobOpcode;
        private byte _jobSequence;
        private int _jobCount;
        private int _jobIndex;
        private int _jobItemsCompleted;
        private long _jobStepEndNs;
        private long _jobEnergyPj;

        // PROGRAM_VERIFY per-cell state, allocated once for the largest request.
        private readonly ProgramVerifyParameters _pvParameters;
        private readonly int[] _pvComplianceUa = new int[ProgramVerifyPayload.MaxCells];
        private readonly int[] _pvStopMv = new int[ProgramVerifyPayload.MaxCells];
        private readonly byte[] _pvLastKind = new byte[ProgramVerifyPayload.MaxCells];
        private readonly int[] _pvPulses = new int[ProgramVerifyPayload.MaxCells];
        private readonly byte[] _pvOutcome = new byte[ProgramVerifyPayload.MaxCells];
        private readonly int[] _pvFinalNs = new int[ProgramVerifyPayload.MaxCells];
        private byte _pvPendingKind;
        private int _pvPendingAmplitudeMv;
        private int _pvPendingComplianceUa;

        /// <summary>True while a PULSE_LIST or PROGRAM_VERIFY is executing.</summary>
        public bool JobRunning { get { CatchUp(); return _jobOpcode != 0; } }

        private byte StartPulseList(int payloadLength, byte sequence)
        {
            if (payloadLength < Payloads.PulseHeaderBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int count = _command[p + Payloads.PulseCount];
            if (count == 0 || payloadLength != Payloads.PulseHeaderBytes + count * Payloads.PulseEntryBytes) return StatusCode.BadLength;
            // Check every entry before the first pulse: a list is executed whole or not at all.
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                byte kind = _command[e + Payloads.PulseEntryKind];
                if (kind != PulseKind.Set && kind != PulseKind.Reset && kind != PulseKind.Form) return StatusCode.BadParameter;
                if (_command[e + Payloads.PulseEntryDevice] >= Payloads.DevicesPerPlace
                    || LittleEndian.ReadU16(_command, e + Payloads.PulseEntryPlace) >= Array.PlaceCount)
                {
                    return StatusCode.AddressOutOfRange;
                }
                uint width = LittleEndian.ReadU32(_command, e + Payloads.PulseEntryWidthNs);
                if (width > int.MaxValue) return StatusCode.LimitExceeded;
                if (Config.Limits.CheckPulse(kind, LittleEndian.ReadU16(_command, e + Payloads.PulseEntryAmplitudeMv),
                        LittleEndian.ReadU16(_command, e + Payloads.PulseEntryComplianceUa), (int)width) != null)
                {
                    return StatusCode.LimitExceeded;
                }
            }
            BeginJob(Opcode.PulseList, sequence, count, payloadLength);
            _jobStepEndNs = Clock.NowNs + Config.CommandDecodeNs + PulseDurationNs(0);
            return StatusCode.Ok;
        }

        private byte StartProgramVerify(int payloadLength, byte sequence)
        {
            if (payloadLength < ProgramVerifyPayload.HeaderBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int count = _command[p + ProgramVerifyPayload.Count];
            if (count == 0 || payloadLength != ProgramVerifyPayload.HeaderBytes + count * ProgramVerifyPayload.EntryBytes) return StatusCode.BadLength;
            _pvParameters.DecodeFrom(_command, p);
            if (_pvParameters.CheckStructure() != null) return StatusCode.BadParameter;
            for (int i = 0; i < count; i++)
            {
                int e = p + ProgramVerifyPayload.HeaderBytes + i * ProgramVerifyPayload.EntryBytes;
                if (LittleEndian.ReadU16(_command, e + ProgramVerifyPayload.EntryPlace) >= Array.PlaceCount
                    || _command[e + ProgramVerifyPayload.EntryDevice] >= Payloads.DevicesPerPlace)
                {
                    return StatusCode.AddressOutOfRange;
                }
                if (LittleEndian.ReadU32(_command, e + ProgramVerifyPayload.EntryLowNs) > LittleEndian.ReadU32(_command, e + ProgramVerifyPayload.EntryHighNs)
                    || LittleEndian.ReadU32(_command, e + ProgramVerifyPayload.EntryHighNs) > int.MaxValue)
                {
                    return StatusCode.BadParameter;
                }
            }
            // Every pulse the algorithm can make lies in the checked ranges.
            if (_pvParameters.CheckLimits(Config.Limits) != null) return StatusCode.LimitExceeded;
            for (int i = 0; i < count; i++)
            {
                _pvComplianceUa[i] = _pvParameters.ComplianceStartUa;
                _pvStopMv[i] = _pvParameters.StopStartMv;
                _pvLastKind[i] = 0;
                _pvPulses[i] = 0;
                _pvOutcome[i] = ProgramVerifyOutcome.NotRun;
                _pvFinalNs[i] = 0;
            }
            _pvPendingKind = 0;
            BeginJob(Opcode.ProgramVerify, sequence, count, payloadLength);
            _jobStepEndNs = Clock.NowNs + Config.CommandDecodeNs;
            return StatusCode.Ok;
        }

        private void BeginJob(byte opcode, byte sequence, int count, int payloadLength)
        {
            System.Array.Copy(_command, 0, _jobFrame, 0, FrameLayout.OffsetPayload + payloadLength);
            _jobOpcode = opcode;
            _jobSequence = sequence;
            _jobCount = count;
            _jobIndex = 0;
            _jobItemsCompleted = 0;
            _jobEnergyPj = 0;
        }

        /// <summary>Applies every job step whose end time has passed; finishes the job after its last step.</summary>
        private void CatchUp()
        {
            while (_jobOpcode != 0 && Clock.NowNs >= _jobStepEndNs)
            {
                if (_jobOpcode == Opcode.PulseList) PulseListStep(); else ProgramVerifyStep();
            }
        }

        /// <summary>Stops the running job (ABORT): the pulse in flight is not applied. Returns the pulses completed.</summary>
        private int StopJob()
        {
            if (_jobOpcode == 0) return 0;
            int completed = _jobItemsCompleted;
            _jobOpcode = 0;
            _pvPendingKind = 0;
            return completed;
        }

        private long PulseDurationNs(int index)
        {
            int e = FrameLayout.OffsetPayload + Payloads.PulseHeaderBytes + index * Payloads.PulseEntryBytes;
            return LittleEndian.ReadU32(_jobFrame, e + Payloads.PulseEntryWidthNs) + Config.PulseGapNs;
        }

        private void PulseListStep()
        {
            int e = FrameLayout.OffsetPayload + Payloads.PulseHeaderBytes + _jobIndex * Payloads.PulseEntryBytes;
            _jobEnergyPj += Array.ApplyPulse(_jobFrame[e + Payloads.PulseEntryKind], LittleEndian.ReadU16(_jobFrame, e + Payloads.PulseEntryPlace),
                _jobFrame[e + Payloads.PulseEntryDevice], LittleEndian.ReadU16(_jobFrame, e + Payloads.PulseEntryAmplitudeMv),
                LittleEndian.ReadU16(_jobFrame, e + Payloads.PulseEntryComplianceUa), (int)LittleEndian.ReadU32(_jobFrame, e + Payloads.PulseEntryWidthNs));
            PulsesApplied++;
            _jobItemsCompleted++;
            _jobIndex++;
            if (_jobIndex < _jobCount)
            {
                _jobStepEndNs += PulseDurationNs(_jobIndex);
                return;
            }
            int r = FrameLayout.OffsetPayload;
            WriteEnergy(r + Payloads.PulseResponseEnergyPj);
            for (int i = 0; i < _jobCount; i++)
            {
                _response[r + Payloads.PulseResponseHeaderBytes + i] = StatusCode.Ok;
            }
            FinishJob(Payloads.PulseResponseHeaderBytes + _jobCount);
        }

        /// <summary>
        /// One PROGRAM_VERIFY step: apply the pulse chosen at the previous step (its end has passed),
        /// then verify-read the current cell and choose its next pulse, or close the cell.
        /// </summary>
        private void ProgramVerifyStep()
        {
            int p = FrameLayout.OffsetPayload;
            int e = p + ProgramVerifyPayload.HeaderBytes + _jobIndex * ProgramVerifyPayload.EntryBytes;
            int place = LittleEndian.ReadU16(_jobFrame, e + ProgramVerifyPayload.EntryPlace);
            int device = _jobFrame[e + ProgramVerifyPayload.EntryDevice];
            if (_pvPendingKind != 0)
            {
                _jobEnergyPj += Array.ApplyPulse(_pvPendingKind, place, device, _pvPendingAmplitudeMv, _pvPendingComplianceUa, _pvParameters.WidthNs);
                PulsesApplied++;
                _jobItemsCompleted++;
                _pvPulses[_jobIndex]++;
                _pvPendingKind = 0;
            }
            if (_jobIndex == _jobCount)
            {
                FinishProgramVerify();
                return;
            }
            int samples = _pvParameters.Samples;
            int conductanceNs = ReadAveraged(place, device, samples);
            _pvFinalNs[_jobIndex] = conductanceNs;
            long readNs = (long)samples * Config.ReadSampleNs;
            byte kind = ProgramVerifyPolicy.NextPulse(_pvParameters, conductanceNs,
                (int)LittleEndian.ReadU32(_jobFrame, e + ProgramVerifyPayload.EntryLowNs),
                (int)LittleEndian.ReadU32(_jobFrame, e + ProgramVerifyPayload.EntryHighNs),
                ref _pvComplianceUa[_jobIndex], ref _pvStopMv[_jobIndex], ref _pvLastKind[_jobIndex]);
            if (kind == 0 || _pvPulses[_jobIndex] >= _pvParameters.MaxAttempts)
            {
                _pvOutcome[_jobIndex] = kind == 0 ? ProgramVerifyOutcome.Pass : ProgramVerifyOutcome.FailMaxAttempts;
                _jobIndex++;
                _jobStepEndNs += readNs;
                return;
            }
            _pvPendingKind = kind;
            _pvPendingAmplitudeMv = kind == PulseKind.Set ? _pvParameters.SetAmplitudeMv : _pvStopMv[_jobIndex];
            _pvPendingComplianceUa = kind == PulseKind.Set ? _pvComplianceUa[_jobIndex] : 0;
            _jobStepEndNs += readNs + _pvParameters.WidthNs + Config.PulseGapNs;
        }

        private void FinishProgramVerify()
        {
            int r = FrameLayout.OffsetPayload;
            WriteEnergy(r + ProgramVerifyPayload.ResponseEnergyPj);
            for (int i = 0; i < _jobCount; i++)
            {
                int o = r + ProgramVerifyPayload.ResponseHeaderBytes + i * ProgramVerifyPayload.ResultBytes;
                _response[o + ProgramVerifyPayload.ResultOutcome] = _pvOutcome[i];
                _response[o + ProgramVerifyPayload.ResultPulses] = (byte)_pvPulses[i];
                LittleEndian.WriteU16(_response, o + ProgramVerifyPayload.ResultReserved, 0);
                LittleEndian.WriteU32(_response, o + ProgramVerifyPayload.ResultFinalNs, (uint)_pvFinalNs[i]);
            }
            FinishJob(ProgramVerifyPayload.ResponseHeaderBytes + _jobCount * ProgramVerifyPayload.ResultBytes);
        }

        private void WriteEnergy(int offset)
        {
            LittleEndian.WriteU32(_response, offset, _jobEnergyPj > uint.MaxValue ? uint.MaxValue : (uint)_jobEnergyPj);
        }

        private void FinishJob(int responsePayload)
        {
            _jobOpcode = 0;
            CommandsExecuted++;
            _responseLength = FrameCodec.Seal(_response, FrameLayout.ResponseSync, StatusCode.Ok, _jobSequence, responsePayload);
            _pendingIsFrameError = false;
            _responsePending = true;
            // READY rises when the last step ends (which may be earlier than "now" if nobody looked).
            _busyUntilNs = _jobStepEndNs;
        }
    }
}
