using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;
using ReRamNav.HalMock.Model;

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
    /// </summary>
    public sealed class VirtualBoard : ISpiBus
    {
        public readonly VirtualClock Clock;
        public readonly VirtualReadyLine Ready;
        public readonly ReRamArray Array;
        public readonly VirtualBoardConfig Config;
        public readonly Prng Random;

        /// <summary>Counters the FPGA keeps (reported by STATUS in a later protocol minor).</summary>
        public long CommandsExecuted;
        public long CommandsRejected;
        public long ResponsesReplayed;
        public long TransfersIgnoredWhileBusy;

        private readonly BoardIdentity _identity;
        private readonly byte[] _command = new byte[FrameLayout.MaxFrameBytes];
        private readonly byte[] _response = new byte[FrameLayout.MaxFrameBytes];
        private int _responseLength;
        private bool _responsePending;
        private long _busyUntilNs;
        private int _lastSequence = -1;
        private ushort _lastCommandCrc;

        public VirtualBoard(VirtualBoardConfig config)
        {
            Config = config;
            Clock = new VirtualClock();
            Ready = new VirtualReadyLine(this);
            Random = new Prng(config.Seed);
            Array = new ReRamArray(config.Rows * config.Cols, new SiOxDeviceModel(config.Device, Random), config.InitialResetStopMv);
            _identity = new BoardIdentity();
            _identity.ProtocolMajor = FrameLayout.ProtocolMajor;
            _identity.ProtocolMinor = FrameLayout.ProtocolMinor;
            _identity.Rows = config.Rows;
            _identity.Cols = config.Cols;
            _identity.DevicesPerPlace = Payloads.DevicesPerPlace;
            _identity.NeuronCount = 0;
            _identity.Capabilities = Capability.ReadNeighbourhood | Capability.PulseList | Capability.ReadCells;
            _identity.Serial = config.Serial;
            _identity.BoardLimits = config.Limits;
        }

        public int ClockHz { get { return Config.SpiClockHz; } }

        /// <summary>READY is high when the board is not executing a command.</summary>
        public bool IsReady { get { return Clock.NowNs >= _busyUntilNs; } }

        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            Clock.AdvanceNs((long)length * 8 * 1000000000 / Config.SpiClockHz);
            bool isCommand = length > 0 && writeBuffer[writeOffset] == FrameLayout.CommandSync;
            if (!IsReady)
            {
                // The FPGA ignores the bus while busy and drives MISO low.
                TransfersIgnoredWhileBusy++;
                Fill(readBuffer, readOffset, length, 0x00);
                return;
            }
            if (isCommand)
            {
                Fill(readBuffer, readOffset, length, 0x00);
                int copy = length < _command.Length ? length : _command.Length;
                System.Array.Copy(writeBuffer, writeOffset, _command, 0, copy);
                HandleCommand(copy);
                return;
            }
            // A response read. Without a pending response MISO stays low (0x00 never passes as a sync byte).
            if (!_responsePending)
            {
                Fill(readBuffer, readOffset, length, 0x00);
                return;
            }
            int n = length < _responseLength ? length : _responseLength;
            System.Array.Copy(_response, 0, readBuffer, readOffset, n);
            Fill(readBuffer, readOffset + n, length - n, 0x00);
            _responsePending = false;
        }

        private void HandleCommand(int receivedBytes)
        {
            long busyNs = Config.CommandDecodeNs;
            int payloadLength;
            byte check = FrameCodec.Check(_command, receivedBytes, FrameLayout.CommandSync, out payloadLength);
            byte sequence = receivedBytes > FrameLayout.OffsetSequence ? _command[FrameLayout.OffsetSequence] : (byte)0;
            if (check != StatusCode.Ok)
            {
                CommandsRejected++;
                Respond(check, sequence, 0, busyNs);
                return;
            }
            ushort crc = (ushort)LittleEndian.ReadU16(_command, FrameLayout.OffsetPayload + payloadLength);
            if (sequence == _lastSequence && crc == _lastCommandCrc && _responseLength > 0)
            {
                // A retry of the command we just executed: send the same answer again, do not pulse twice.
                ResponsesReplayed++;
                _responsePending = true;
                _busyUntilNs = Clock.NowNs + busyNs;
                return;
            }
            byte opcode = _command[FrameLayout.OffsetOpcodeOrStatus];
            byte status;
            int responsePayload = 0;
            switch (opcode)
            {
                case Opcode.Ident:
                    status = ExecuteIdent(payloadLength, out responsePayload);
                    break;
                case Opcode.SafeIdle:
                    status = payloadLength == 0 ? StatusCode.Ok : StatusCode.BadLength;
                    break;
                case Opcode.ReadNeighbourhood:
                    status = ExecuteReadNeighbourhood(payloadLength, ref busyNs, out responsePayload);
                    break;
                case Opcode.ReadCells:
                    status = ExecuteReadCells(payloadLength, ref busyNs, out responsePayload);
                    break;
                case Opcode.PulseList:
                    status = ExecutePulseList(payloadLength, ref busyNs, out responsePayload);
                    break;
                default:
                    status = StatusCode.UnknownOpcode;
                    break;
            }
            if (status == StatusCode.Ok) CommandsExecuted++; else CommandsRejected++;
            Respond(status, sequence, status == StatusCode.Ok ? responsePayload : 0, busyNs);
            _lastSequence = sequence;
            _lastCommandCrc = crc;
        }

        private void Respond(byte status, byte sequence, int payloadLength, long busyNs)
        {
            _responseLength = FrameCodec.Seal(_response, FrameLayout.ResponseSync, status, sequence, payloadLength);
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

        private byte ExecuteReadNeighbourhood(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength != Payloads.ReadNbrRequestBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int readMv = LittleEndian.ReadU16(_command, p + Payloads.ReadNbrReadMv);
            int samples = _command[p + Payloads.ReadNbrSamples];
            int place = LittleEndian.ReadU16(_command, p + Payloads.ReadNbrPlace);
            if (place >= Array.PlaceCount) return StatusCode.AddressOutOfRange;
            if (Config.Limits.CheckRead(readMv, samples) != null) return StatusCode.LimitExceeded;
            int row = place / Config.Cols;
            int col = place - row * Config.Cols;
            int o = FrameLayout.OffsetPayload;
            for (int d = 0; d < 8; d++)
            {
                LittleEndian.WriteU32(_response, o + 4 * d, (uint)ReadAveraged(place, d, samples));
            }
            int reads = 9;
            for (int d = 0; d < 8; d++)
            {
                int r = row + NeighbourRowDelta[d];
                int c = col + NeighbourColDelta[d];
                uint value = Payloads.NoCellConductance;
                if (r >= 0 && r < Config.Rows && c >= 0 && c < Config.Cols)
                {
                    value = (uint)ReadAveraged(r * Config.Cols + c, Payloads.StateDevice, samples);
                    reads++;
                }
                LittleEndian.WriteU32(_response, o + 32 + 4 * d, value);
            }
            LittleEndian.WriteU32(_response, o + 64, (uint)ReadAveraged(place, Payloads.StateDevice, samples));
            busyNs += (long)reads * samples * Config.ReadSampleNs;
            responsePayload = Payloads.ReadNbrResponseBytes;
            return StatusCode.Ok;
        }

        private byte ExecuteReadCells(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
            if (payloadLength < Payloads.ReadCellsHeaderBytes) return StatusCode.BadLength;
            int p = FrameLayout.OffsetPayload;
            int readMv = LittleEndian.ReadU16(_command, p + Payloads.ReadCellsReadMv);
            int samples = _command[p + Payloads.ReadCellsSamples];
            int count = _command[p + Payloads.ReadCellsCount];
            if (count == 0 || payloadLength != Payloads.ReadCellsHeaderBytes + count * Payloads.ReadCellsEntryBytes) return StatusCode.BadLength;
            if (Config.Limits.CheckRead(readMv, samples) != null) return StatusCode.LimitExceeded;
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.ReadCellsHeaderBytes + i * Payloads.ReadCellsEntryBytes;
                if (LittleEndian.ReadU16(_command, e) >= Array.PlaceCount || _command[e + 2] >= Payloads.DevicesPerPlace)
                {
                    return StatusCode.AddressOutOfRange;
                }
            }
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.ReadCellsHeaderBytes + i * Payloads.ReadCellsEntryBytes;
                int value = ReadAveraged(LittleEndian.ReadU16(_command, e), _command[e + 2], samples);
                LittleEndian.WriteU32(_response, FrameLayout.OffsetPayload + 4 * i, (uint)value);
            }
            busyNs += (long)count * samples * Config.ReadSampleNs;
            responsePayload = count * 4;
            return StatusCode.Ok;
        }

        private byte ExecutePulseList(int payloadLength, ref long busyNs, out int responsePayload)
        {
            responsePayload = 0;
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
            long energyPj = 0;
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                int width = (int)LittleEndian.ReadU32(_command, e + Payloads.PulseEntryWidthNs);
                energyPj += Array.ApplyPulse(_command[e + Payloads.PulseEntryKind], LittleEndian.ReadU16(_command, e + Payloads.PulseEntryPlace),
                    _command[e + Payloads.PulseEntryDevice], LittleEndian.ReadU16(_command, e + Payloads.PulseEntryAmplitudeMv),
                    LittleEndian.ReadU16(_command, e + Payloads.PulseEntryComplianceUa), width);
                _response[FrameLayout.OffsetPayload + Payloads.PulseResponseHeaderBytes + i] = StatusCode.Ok;
                busyNs += width + Config.PulseGapNs;
            }
            LittleEndian.WriteU32(_response, FrameLayout.OffsetPayload + Payloads.PulseResponseEnergyPj,
                energyPj > uint.MaxValue ? uint.MaxValue : (uint)energyPj);
            responsePayload = Payloads.PulseResponseHeaderBytes + count;
            return StatusCode.Ok;
        }

        private int ReadAveraged(int place, int device, int samples)
        {
            long sum = 0;
            for (int s = 0; s < samples; s++)
            {
                sum += Array.ReadNs(place, device);
            }
            return (int)(sum / samples);
        }

        private static void Fill(byte[] buffer, int offset, int length, byte value)
        {
            for (int i = 0; i < length; i++)
            {
                buffer[offset + i] = value;
            }
        }

        // Direction order N, NE, E, SE, S, SW, W, NW (paper NAV.m cases 1-8; X = row, Y = column).
        private static readonly int[] NeighbourRowDelta = { -1, -1, 0, 1, 1, 1, 0, -1 };
        private static readonly int[] NeighbourColDelta = { 0, 1, 1, 1, 0, -1, -1, -1 };
    }
}
