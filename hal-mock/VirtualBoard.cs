using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock.Model;
using ReRamNav.HalMock.Neurons;

namespace ReRamNav.HalMock
{
    /// <summary>
    /// A software FPGA board: the executable form of docs/protocol.md. It sits behind the same
    /// <see cref="ISpiBus"/> and READY line as the real board, decodes each command frame exactly as
    /// the FPGA must, checks the limits again, programs and reads a <see cref="ReRamArray"/>, and
    /// answers with a response frame once READY is high. Time is virtual (<see cref="VirtualClock"/>).
    ///
    /// Bus convention (protocol.md §4): a transfer whose first MOSI byte is the command sync 0xA5
    /// is a command; any other transfer clocks out the pending response (the MCU sends 0x00 filler).
    /// While BUSY the board ignores every transfer except a well-formed ABORT.
    ///
    /// Pulse-applying commands (PULSE_LIST, PROGRAM_VERIFY) run as jobs in virtual time, one pulse
    /// at a time (Board/VirtualBoard.Jobs.cs): a pulse takes effect when its end time has passed, so
    /// ABORT stops them between pulses exactly as the FPGA must. Reads and neuron integration are
    /// computed at once and only hold READY low for their duration. The other opcodes are in
    /// Board/VirtualBoard.*.cs.
    /// </summary>
    public sealed partial class VirtualBoard : ISpiBus
    {
        public readonly VirtualClock Clock;
        public readonly VirtualReadyLine Ready;
        public readonly ReRamArray Array;
        public readonly VirtualBoardConfig Config;
        public readonly Prng Random;
        /// <summary>The CMOS neuron bank (null when <see cref="VirtualBoardConfig.NeuronCount"/> is 0).</summary>
        public readonly IntegrateAndFireBank Neurons;

        /// <summary>Counters the FPGA keeps, reported by STATUS.</summary>
        public long CommandsExecuted;
        public long CommandsRejected;
        public long ResponsesReplayed;
        public long TransfersIgnoredWhileBusy;
        public long CrcErrors;
        public long FramingErrors;
        public long UnknownOpcodes;
        public long AddressErrors;
        public long LimitErrors;
        public long ParameterErrors;
        public long Aborts;
        public long PulsesApplied;
        public long ReadSamples;

        private readonly BoardIdentity _identity;
        private readonly BoardStatus _status = new BoardStatus();
        private readonly byte[] _command = new byte[FrameLayout.MaxFrameBytes];
        private readonly byte[] _response = new byte[FrameLayout.MaxFrameBytes];
        /// <summary>Answers to undecodable frames go here, so that the cached response of the last
        /// command survives them and a later intact retry still gets its replay (protocol.md §3.4).</summary>
        private readonly byte[] _frameErrorResponse = new byte[FrameLayout.OverheadBytes];
        private bool _pendingIsFrameError;
        private int _responseLength;
        private bool _responsePending;
        private long _busyUntilNs;
        private byte _busyOpcode;
        private byte _busySequence;
        private int _lastSequence = -1;
        private ushort _lastCommandCrc;
        private byte _lastErrorStatus;
        private byte _lastErrorOpcode;
        private byte _lastErrorSequence;
        private bool _lastAborted;
        private bool _statusReadSinceReset;

        public VirtualBoard(VirtualBoardConfig config)
        {
            Config = config;
            Clock = new VirtualClock();
            Ready = new VirtualReadyLine(this);
            Random = new Prng(config.Seed);
            Array = new ReRamArray(config.Rows * config.Cols, new SiOxDeviceModel(config.Device, Random), config.InitialResetStopMv);
            uint capabilities = config.Capabilities;
            if (config.NeuronCount > 0)
            {
                Neurons = new IntegrateAndFireBank(config.NeuronCount);
            }
            else
            {
                capabilities &= ~Capability.NeuronBank;
            }
            _identity = new BoardIdentity();
            _identity.ProtocolMajor = FrameLayout.ProtocolMajor;
            _identity.ProtocolMinor = config.ProtocolMinor;
            _identity.Rows = config.Rows;
            _identity.Cols = config.Cols;
            _identity.DevicesPerPlace = Payloads.DevicesPerPlace;
            _identity.NeuronCount = config.NeuronCount;
            _identity.Capabilities = capabilities;
            _identity.Serial = config.Serial;
            _identity.BoardLimits = config.Limits;
            _pvParameters = new ProgramVerifyParameters();
        }

        public int ClockHz { get { return Config.SpiClockHz; } }

        /// <summary>The capability bits this board announces and honours.</summary>
        public uint Capabilities { get { return _identity.Capabilities; } }

        /// <summary>READY is high when the board is not executing a command.</summary>
        public bool IsReady
        {
            get
            {
                CatchUp();
                return _jobOpcode == 0 && Clock.NowNs >= _busyUntilNs;
            }
        }

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            Clock.AdvanceNs((long)length * 8 * 1000000000 / Config.SpiClockHz);
            bool isCommand = length > 0 && writeBuffer[writeOffset] == FrameLayout.CommandSync;
            if (!IsReady)
            {
                // The FPGA drives MISO low while busy and ignores the bus, except for ABORT.
                Fill(readBuffer, readOffset, length, 0x00);
                if (isCommand && Has(Capability.Abort) && IsAbortFrame(writeBuffer, writeOffset, length))
                {
                    Receive(writeBuffer, writeOffset, length);
                    ExecuteAbort(_command[FrameLayout.OffsetSequence]);
                    return;
                }
                TransfersIgnoredWhileBusy++;
                return;
            }
            if (isCommand)
            {
                Fill(readBuffer, readOffset, length, 0x00);
                HandleCommand(Receive(writeBuffer, writeOffset, length));
                return;
            }
            // A response read. Without a pending response MISO stays low (0x00 never passes as a sync byte).
            if (!_responsePending)
            {
                Fill(readBuffer, readOffset, length, 0x00);
                return;
            }
            byte[] source = _pendingIsFrameError ? _frameErrorResponse : _response;
            int available = _pendingIsFrameError ? _frameErrorResponse.Length : _responseLength;
            int n = length < available ? length : available;
            System.Array.Copy(source, 0, readBuffer, readOffset, n);
            Fill(readBuffer, readOffset + n, length - n, 0x00);
            _responsePending = false;
        }

        private int Receive(byte[] writeBuffer, int writeOffset, int length)
        {
            int copy = length < _command.Length ? length : _command.Length;
            System.Array.Copy(writeBuffer, writeOffset, _command, 0, copy);
            return copy;
        }

        /// <summary>A complete, CRC-valid ABORT command (checked in place, before it is copied).</summary>
        private static bool IsAbortFrame(byte[] buffer, int offset, int length)
        {
            if (length < FrameLayout.OverheadBytes || buffer[offset + FrameLayout.OffsetOpcodeOrStatus] != Opcode.Abort
                || LittleEndian.ReadU16(buffer, offset + FrameLayout.OffsetLength) != 0)
            {
                return false;
            }
            ushort crc = Crc16Ccitt.Compute(buffer, offset + FrameLayout.OffsetOpcodeOrStatus, FrameLayout.OffsetPayload - FrameLayout.OffsetOpcodeOrStatus);
            return LittleEndian.ReadU16(buffer, offset + FrameLayout.OffsetPayload) == crc;
        }

        private bool Has(uint capability)
        {
            return (_identity.Capabilities & capability) == capability;
        }

        private void HandleCommand(int receivedBytes)
        {
            long busyNs = Config.CommandDecodeNs;
            int payloadLength;
            byte check = FrameCodec.Check(_command, receivedBytes, FrameLayout.CommandSync, out payloadLength);
            byte sequence = receivedBytes > FrameLayout.OffsetSequence ? _command[FrameLayout.OffsetSequence] : (byte)0;
            if (check != StatusCode.Ok)
            {
                // The opcode of an undecodable frame is not trustworthy: reported as 0. The replay cache
                // (last sequence, CRC and response) is left as it was.
                CountRejection(check, 0, sequence);
                FrameCodec.Seal(_frameErrorResponse, FrameLayout.ResponseSync, check, sequence, 0);
                _pendingIsFrameError = true;
                _responsePending = true;
                _busyUntilNs = Clock.NowNs + busyNs;
                return;
            }
            ushort crc = (ushort)LittleEndian.ReadU16(_command, FrameLayout.OffsetPayload + payloadLength);
            if (sequence == _lastSequence && crc == _lastCommandCrc && _responseLength > 0)
            {
                // A retry of the command we just executed: send the same answer again, do not pulse twice.
                ResponsesReplayed++;
                _pendingIsFrameError = false;
                _responsePending = true;
                _busyUntilNs = Clock.NowNs + busyNs;
                return;
            }
            byte opcode = _command[FrameLayout.OffsetOpcodeOrStatus];
            _lastAborted = _lastAborted && opcode == Opcode.Status;
            _lastSequence = sequence;
            _lastCommandCrc = crc;
            _busyOpcode = opcode;
            _busySequence = sequence;
            int responsePayload = 0;
            byte status = Dispatch(opcode, sequence, payloadLength, ref busyNs, out responsePayload);
            if (status == StatusCode.Ok && _jobOpcode != 0)
            {
                // A job was started: its response is sealed when its last pulse has ended.
                _responsePending = false;
                _pendingIsFrameError = false;
                _responseLength = 0;
                return;
            }
            if (status != StatusCode.Ok)
            {
                Reject(status, opcode, sequence, busyNs);
                return;
            }
            CommandsExecuted++;
            Respond(status, sequence, responsePayload, busyNs);
        }

        private byte Dispatch(byte opcode, byte sequence, int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            switch (opcode)
            {
                case Opcode.Ident:
                    return ExecuteIdent(payloadLength, out responsePayload);
                case Opcode.SafeIdle:
                    return payloadLength == 0 ? StatusCode.Ok : StatusCode.BadLength;
                case Opcode.ReadNeighbourhood:
                    return Has(Capability.ReadNeighbourhood) ? ExecuteReadNeighbourhood(payloadLength, ref busyNs, out responsePayload) : StatusCode.UnknownOpcode;
                case Opcode.ReadCells:
                    return Has(Capability.ReadCells) ? ExecuteReadCells(payloadLength, ref busyNs, out responsePayload) : StatusCode.UnknownOpcode;
                case Opcode.PulseList:
                    return Has(Capability.PulseList) ? StartPulseList(payloadLength, sequence) : StatusCode.UnknownOpcode;
                case Opcode.Status:
                    return Has(Capability.Status) ? ExecuteStatus(payloadLength, out responsePayload) : StatusCode.UnknownOpcode;
                case Opcode.Abort:
                    // Reached only when idle (a busy board handles ABORT in TransferFullDuplex).
                    if (!Has(Capability.Abort)) return StatusCode.UnknownOpcode;
                    if (payloadLength != 0) return StatusCode.BadLength;
                    WriteAbortReport(0, 0, 0);
                    responsePayload = AbortPayload.ResponseBytes;
                    return StatusCode.Ok;
                case Opcode.ReadBlock:
                    return Has(Capability.ReadBlock) ? ExecuteReadBlock(payloadLength, ref busyNs, out responsePayload) : StatusCode.UnknownOpcode;
                case Opcode.ProgramVerify:
                    return Has(Capability.ProgramVerify) ? StartProgramVerify(payloadLength, sequence) : StatusCode.UnknownOpcode;
                case Opcode.NeuronLoad:
                    return Has(Capability.NeuronBank) ? ExecuteNeuronLoad(payloadLength) : StatusCode.UnknownOpcode;
                case Opcode.NeuronIntegrate:
                    return Has(Capability.NeuronBank) ? ExecuteNeuronIntegrate(payloadLength, ref busyNs, out responsePayload) : StatusCode.UnknownOpcode;
                default:
                    return StatusCode.UnknownOpcode;
            }
        }

        /// <summary>Answers a refused command, counts it by class and remembers it as the last error.
        /// Nothing of the command was executed and the board stays in safe idle.</summary>
        private void Reject(byte status, byte opcode, byte sequence, long busyNs)
        {
            CountRejection(status, opcode, sequence);
            Respond(status, sequence, 0, busyNs);
        }

        private void CountRejection(byte status, byte opcode, byte sequence)
        {
            CommandsRejected++;
            switch (status)
            {
                case StatusCode.BadCrc: CrcErrors++; break;
                case StatusCode.BadSync:
                case StatusCode.BadLength: FramingErrors++; break;
                case StatusCode.UnknownOpcode: UnknownOpcodes++; break;
                case StatusCode.AddressOutOfRange: AddressErrors++; break;
                case StatusCode.LimitExceeded: LimitErrors++; break;
                case StatusCode.BadParameter: ParameterErrors++; break;
            }
            _lastErrorStatus = status;
            _lastErrorOpcode = opcode;
            _lastErrorSequence = sequence;
        }

        private void Respond(byte status, byte sequence, int payloadLength, long busyNs)
        {
            _responseLength = FrameCodec.Seal(_response, FrameLayout.ResponseSync, status, sequence, payloadLength);
            _pendingIsFrameError = false;
            _responsePending = true;
            // After every operation the board is back in safe idle (protocol.md §8); READY rises then.
            _busyUntilNs = Clock.NowNs + busyNs;
        }

        private byte ExecuteIdent(int payloadLength, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength != 0) return StatusCode.BadLength;
            _identity.Encode(_response, FrameLayout.OffsetPayload);
            responsePayload = Payloads.IdentBytes;
            return StatusCode.Ok;
        }

        private byte ExecuteStatus(int payloadLength, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength != 0) return StatusCode.BadLength;
            // Counted before it is reported, as protocol.md says: a STATUS sees itself.
            _status.Flags = StatusPayload.FlagSafeIdle | (_lastAborted ? StatusPayload.FlagLastAborted : 0)
                | (_statusReadSinceReset ? 0 : StatusPayload.FlagFreshReset);
            _statusReadSinceReset = true;
            _status.LastErrorStatus = _lastErrorStatus;
            _status.LastErrorOpcode = _lastErrorOpcode;
            _status.LastErrorSequence = _lastErrorSequence;
            _status.CommandsExecuted = (uint)(CommandsExecuted + 1);
            _status.CommandsRejected = (uint)CommandsRejected;
            _status.CrcErrors = (uint)CrcErrors;
            _status.FramingErrors = (uint)FramingErrors;
            _status.UnknownOpcodes = (uint)UnknownOpcodes;
            _status.AddressErrors = (uint)AddressErrors;
            _status.LimitErrors = (uint)LimitErrors;
            _status.ParameterErrors = (uint)ParameterErrors;
            _status.Replays = (uint)ResponsesReplayed;
            _status.Aborts = (uint)Aborts;
            _status.PulseCount = (uint)PulsesApplied;
            _status.ReadSampleCount = (uint)ReadSamples;
            _status.IgnoredWhileBusy = (uint)TransfersIgnoredWhileBusy;
            _status.Encode(_response, FrameLayout.OffsetPayload);
            responsePayload = StatusPayload.ResponseBytes;
            return StatusCode.Ok;
        }

        /// <summary>ABORT while BUSY: stop the running command after the pulses completed so far, drop its
        /// response, return to safe idle, answer what was stopped.</summary>
        private void ExecuteAbort(byte sequence)
        {
            int completed = StopJob();
            byte stoppedOpcode = _busyOpcode;
            byte stoppedSequence = _busySequence;
            Aborts++;
            CommandsExecuted++;
            _lastAborted = true;
            WriteAbortReport(stoppedOpcode, stoppedSequence, completed);
            _lastSequence = sequence;
            _lastCommandCrc = (ushort)LittleEndian.ReadU16(_command, FrameLayout.OffsetPayload);
            _busyOpcode = Opcode.Abort;
            _busySequence = sequence;
            Respond(StatusCode.Ok, sequence, AbortPayload.ResponseBytes, Config.CommandDecodeNs);
        }

        private void WriteAbortReport(byte opcode, byte sequence, int completed)
        {
            int r = FrameLayout.OffsetPayload;
            _response[r + AbortPayload.AbortedOpcode] = opcode;
            _response[r + AbortPayload.AbortedSequence] = sequence;
            LittleEndian.WriteU16(_response, r + AbortPayload.ItemsCompleted, completed);
        }

        private static void Fill(byte[] buffer, int offset, int length, byte value)
        {
            for (int i = 0; i < length; i++)
            {
                buffer[offset + i] = value;
            }
        }
    }
}
