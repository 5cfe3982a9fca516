using ReRamNav.Drivers.Hal;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// Driver for an FPGA board with a SiOx 1T1R ReRAM array, over SPI plus a READY line
    /// (docs/protocol.md). Every exchange is: one chip-select transfer with the command frame, a wait
    /// for READY, one transfer that clocks the response out. Requests outside the safety limits are
    /// refused before a byte is sent. Reads and pulse lists are retried a bounded number of times;
    /// the sequence number lets the board replay a response instead of pulsing twice.
    /// All buffers are allocated here, once: reading a neighbourhood and committing pulses allocate nothing.
    /// Protocol 1.1 operations (STATUS, ABORT, READ_BLOCK, PROGRAM_VERIFY, neuron bank) live in the
    /// partial files ReRamBoard.*.cs; each is refused before sending when IDENT lacks its capability bit.
    /// </summary>
    public sealed partial class ReRamBoard
    {
        /// <summary>How long the driver waits for READY after a command, µs, on top of the command's own
        /// worst-case execution time (computed from <see cref="BoardTiming"/> and the request).</summary>
        public int ReadyTimeoutUs = 20000;
        /// <summary>Poll interval of the READY line, µs.</summary>
        public int ReadyPollUs = 1;
        /// <summary>Attempts per exchange (1 = no retry).</summary>
        public int MaxAttempts = 4;
        /// <summary>Duration of one read sample of one device, ns: used for the read energy estimate.</summary>
        public int ReadSampleNs = 1000;

        public readonly DriverCounters Counters = new DriverCounters();

        private readonly ISpiBus _bus;
        private readonly IDigitalInput _ready;
        private readonly IClock _clock;
        private readonly SafetyLimits _configLimits;
        private readonly byte[] _tx = new byte[FrameLayout.MaxFrameBytes];
        private readonly byte[] _pulseTx = new byte[FrameLayout.MaxFrameBytes];
        private readonly byte[] _rx = new byte[FrameLayout.MaxFrameBytes];
        private readonly byte[] _fill = new byte[FrameLayout.MaxFrameBytes];
        private byte _sequence;
        private int _pendingPulses;
        private BoardIdentity _identity;
        private SafetyLimits _limits;

        public ReRamBoard(ISpiBus bus, IDigitalInput ready, IClock clock, SafetyLimits configLimits)
        {
            _bus = bus;
            _ready = ready;
            _clock = clock;
            _configLimits = configLimits;
        }

        /// <summary>The board's identity; null until <see cref="Connect"/> succeeded.</summary>
        public BoardIdentity Identity { get { return _identity; } }

        /// <summary>The limits in force: the stricter of the board config's and the board's own.</summary>
        public SafetyLimits Limits { get { return _limits; } }

        public IClock Clock { get { return _clock; } }

        /// <summary>
        /// The sequence number of the last command sent; the next command uses this + 1 (mod 256).
        /// Settable for golden-frame tests and for an MCU that restores its state after a reset.
        /// The board's replay cache only matches a frame identical to the previous one (same sequence and
        /// CRC), and <see cref="Connect"/> (IDENT) always comes first after a reset, so a stale match can
        /// only replay a response, never apply a pulse twice.
        /// </summary>
        public byte Sequence
        {
            get { return _sequence; }
            set { _sequence = value; }
        }

        /// <summary>Pulses added since the last commit.</summary>
        public int PendingPulses { get { return _pendingPulses; } }

        /// <summary>
        /// Reads IDENT and checks it. Throws <see cref="BoardException"/> (UnsupportedBoard) when the
        /// board cannot be read or speaks a protocol this driver does not: the driver then refuses every call.
        /// </summary>
        public BoardIdentity Connect()
        {
            _identity = null;
            _limits = null;
            int length;
            try
            {
                length = Exchange(_tx, Opcode.Ident, 0, Payloads.IdentBytes, false, 0);
            }
            catch (BoardException e)
            {
                throw new BoardException(BoardErrorKind.UnsupportedBoard, e.Status, "IDENT unreadable: " + e.Message);
            }
            string whyNot;
            BoardIdentity identity = BoardIdentity.Decode(_rx, FrameLayout.OffsetPayload, length, out whyNot);
            if (identity == null)
            {
                throw new BoardException(BoardErrorKind.UnsupportedBoard, 0, "refusing to run: " + whyNot);
            }
            _identity = identity;
            _limits = SafetyLimits.Stricter(_configLimits, identity.BoardLimits);
            return identity;
        }

        /// <summary>
        /// One transaction: the 8 synapses of <paramref name="place"/>, the state devices of its 8
        /// neighbours and its own state device, in nS, into <paramref name="conductanceNs"/>[0..16]
        /// (layout in <see cref="Payloads.ReadNbrValues"/>; -1 for a neighbour off the array).
        /// </summary>
        public void ReadNeighbourhood(int place, int readMv, int samples, int[] conductanceNs)
        {
            RequireConnected();
            CheckPlace(place);
            CheckRead(readMv, samples);
            int p = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(_tx, p + Payloads.ReadNbrReadMv, readMv);
            _tx[p + Payloads.ReadNbrSamples] = (byte)samples;
            _tx[p + Payloads.ReadNbrReserved] = 0;
            LittleEndian.WriteU16(_tx, p + Payloads.ReadNbrPlace, place);
            Exchange(_tx, Opcode.ReadNeighbourhood, Payloads.ReadNbrRequestBytes, Payloads.ReadNbrResponseBytes, true,
                ReadWorstCaseUs(Payloads.ReadNbrValues, samples));
            CopyConductances(Payloads.ReadNbrValues, readMv, samples, conductanceNs);
            if (OperationLog != null) LogNeighbourhood(place, readMv, samples, conductanceNs);
        }

        /// <summary>Reads <paramref name="count"/> devices (place, device) in one transaction, nS.</summary>
        public void ReadCells(int[] places, int[] devices, int count, int readMv, int samples, int[] conductanceNs)
        {
            RequireConnected();
            if (count < 1 || count > Payloads.MaxReadCells)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "ReadCells count " + count + " is outside 1.." + Payloads.MaxReadCells);
            }
            CheckRead(readMv, samples);
            int p = FrameLayout.OffsetPayload;
            LittleEndian.WriteU16(_tx, p + Payloads.ReadCellsReadMv, readMv);
            _tx[p + Payloads.ReadCellsSamples] = (byte)samples;
            _tx[p + Payloads.ReadCellsCount] = (byte)count;
            for (int i = 0; i < count; i++)
            {
                CheckPlace(places[i]);
                CheckDevice(devices[i]);
                int e = p + Payloads.ReadCellsHeaderBytes + i * Payloads.ReadCellsEntryBytes;
                LittleEndian.WriteU16(_tx, e, places[i]);
                _tx[e + 2] = (byte)devices[i];
            }
            Exchange(_tx, Opcode.ReadCells, Payloads.ReadCellsHeaderBytes + count * Payloads.ReadCellsEntryBytes, count * 4, true,
                ReadWorstCaseUs(count, samples));
            CopyConductances(count, readMv, samples, conductanceNs);
            if (OperationLog != null) LogCells(places, devices, count, readMv, samples, conductanceNs);
        }

        /// <summary>Queues a SET pulse (compliance current <paramref name="complianceUa"/>). Refused here,
        /// before anything is sent, if it breaks a limit. Commits automatically when the list is full.</summary>
        public void AddSet(int place, int device, int amplitudeMv, int complianceUa, int widthNs)
        {
            AddPulse(PulseKind.Set, place, device, amplitudeMv, complianceUa, widthNs);
        }

        /// <summary>Queues a RESET pulse to the stop voltage -<paramref name="stopMv"/> (a positive magnitude).</summary>
        public void AddReset(int place, int device, int stopMv, int widthNs)
        {
            AddPulse(PulseKind.Reset, place, device, stopMv, 0, widthNs);
        }

        /// <summary>Queues a FORM pulse.</summary>
        public void AddForm(int place, int device, int amplitudeMv, int complianceUa, int widthNs)
        {
            AddPulse(PulseKind.Form, place, device, amplitudeMv, complianceUa, widthNs);
        }

        /// <summary>Sends the queued pulses in one transaction (none: nothing is sent). Returns the
        /// energy the board reports for them, pJ.</summary>
        public long CommitPulses()
        {
            if (_pendingPulses == 0)
            {
                return 0;
            }
            int count = _pendingPulses;
            _pendingPulses = 0;
            int p = FrameLayout.OffsetPayload;
            _pulseTx[p + Payloads.PulseCount] = (byte)count;
            _pulseTx[p + Payloads.PulseReserved] = 0;
            long worstNs = 0;
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                worstNs += LittleEndian.ReadU32(_pulseTx, e + Payloads.PulseEntryWidthNs) + BoardTiming.PulseOverheadMaxNs;
            }
            try
            {
                Exchange(_pulseTx, Opcode.PulseList, Payloads.PulseHeaderBytes + count * Payloads.PulseEntryBytes,
                    Payloads.PulseResponseHeaderBytes + count, false, worstNs / 1000);
            }
            catch (BoardException e)
            {
                // A board that refused the list (LIMIT_EXCEEDED, ADDRESS_OUT_OF_RANGE, ...) applied none of it: the
                // log says so. Any other failure leaves it unknown what was applied, and the log stays silent.
                if (OperationLog != null && e.Kind == BoardErrorKind.Nack) LogPulses(count, e.Status);
                throw;
            }
            if (OperationLog != null) LogPulses(count, -1);
            int r = FrameLayout.OffsetPayload;
            long energyPj = LittleEndian.ReadU32(_rx, r + Payloads.PulseResponseEnergyPj);
            Counters.EnergyFj += energyPj * 1000;
            Counters.PulseEnergyPj += energyPj;
            for (int i = 0; i < count; i++)
            {
                int e = p + Payloads.PulseHeaderBytes + i * Payloads.PulseEntryBytes;
                byte kind = _pulseTx[e + Payloads.PulseEntryKind];
                if (kind == PulseKind.Set) Counters.Sets++;
                else if (kind == PulseKind.Reset) Counters.Resets++;
                else Counters.Forms++;
            }
            return energyPj;
        }

        /// <summary>Drops queued pulses without sending them.</summary>
        public void DiscardPulses()
        {
            _pendingPulses = 0;
        }

        /// <summary>Puts the board in its safe idle state (all lines grounded, gates off).</summary>
        public void SafeIdle()
        {
            RequireConnected();
            Exchange(_tx, Opcode.SafeIdle, 0, 0, true, 0);
        }

        private void AddPulse(byte kind, int place, int device, int amplitudeMv, int complianceUa, int widthNs)
        {
            RequireConnected();
            CheckPlace(place);
            CheckDevice(device);
            string violation = _limits.CheckPulse(kind, amplitudeMv, complianceUa, widthNs);
            if (violation != null)
            {
                RefuseLimit("pulse", violation);
            }
            if (_pendingPulses == Payloads.MaxPulses)
            {
                CommitPulses();
            }
            int e = FrameLayout.OffsetPayload + Payloads.PulseHeaderBytes + _pendingPulses * Payloads.PulseEntryBytes;
            _pulseTx[e + Payloads.PulseEntryKind] = kind;
            _pulseTx[e + Payloads.PulseEntryDevice] = (byte)device;
            LittleEndian.WriteU16(_pulseTx, e + Payloads.PulseEntryPlace, place);
            LittleEndian.WriteU16(_pulseTx, e + Payloads.PulseEntryAmplitudeMv, amplitudeMv);
            LittleEndian.WriteU16(_pulseTx, e + Payloads.PulseEntryComplianceUa, complianceUa);
            LittleEndian.WriteU32(_pulseTx, e + Payloads.PulseEntryWidthNs, (uint)widthNs);
            _pendingPulses++;
        }

        private void CopyConductances(int count, int readMv, int samples, int[] conductanceNs)
        {
            long readEnergyFj = 0;
            for (int i = 0; i < count; i++)
            {
                uint value = LittleEndian.ReadU32(_rx, FrameLayout.OffsetPayload + 4 * i);
                if (value == Payloads.NoCellConductance)
                {
                    conductanceNs[i] = -1;
                    continue;
                }
                conductanceNs[i] = (int)value;
                Counters.DeviceReads++;
                // E = V^2 * G * t: mV^2 * nS * ns = 1e-24 J = 1e-9 fJ.
                readEnergyFj += (long)readMv * readMv * value / 1000 * ((long)ReadSampleNs * samples) / 1000000;
            }
            Counters.EnergyFj += readEnergyFj;
        }

        /// <summary>
        /// Sends the command in <paramref name="frame"/> (payload already in place) and receives the
        /// response into _rx. Returns the response payload length. Retries what is safe to retry: a
        /// corrupt response or a lost READY (same sequence number, so the board replays instead of
        /// executing twice), and a board that saw a corrupt command (BAD_CRC: it executed nothing).
        /// <paramref name="worstCaseUs"/> is the command's own worst-case execution time, added to
        /// <see cref="ReadyTimeoutUs"/>. After READY timeouts on a write the driver sends ABORT (when the
        /// board has it) so that the board is in safe idle before the error reaches the caller.
        /// </summary>
        private int Exchange(byte[] frame, byte opcode, int payloadLength, int expectedResponsePayload, bool isRead, long worstCaseUs)
        {
            _sequence++;
            _exchangeStartUs = _clock.NowUs;
            int frameLength = FrameCodec.Seal(frame, FrameLayout.CommandSync, opcode, _sequence, payloadLength);
            int responseLength = FrameLayout.OverheadBytes + expectedResponsePayload;
            int lastKind = BoardErrorKind.Timeout;
            byte lastStatus = 0;
            string lastMessage = "";
            for (int attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (attempt > 0)
                {
                    Counters.Retries++;
                }
                Counters.Transactions++;
                if (isRead) Counters.ReadTransactions++; else Counters.WriteTransactions++;
                _bus.TransferFullDuplex(frame, 0, _rx, 0, frameLength);
                Counters.SpiBytes += frameLength;
                long timeoutUs = ReadyTimeoutUs + worstCaseUs;
                if (!WaitReady(timeoutUs))
                {
                    Counters.Timeouts++;
                    lastKind = BoardErrorKind.Timeout;
                    lastMessage = "READY did not rise within " + timeoutUs + " us after " + Opcode.Name(opcode) + " (0x" + opcode.ToString("X2") + ")";
                    continue;
                }
                _bus.TransferFullDuplex(_fill, 0, _rx, 0, responseLength);
                Counters.SpiBytes += responseLength;
                int payload;
                byte check = FrameCodec.Check(_rx, responseLength, FrameLayout.ResponseSync, out payload);
                if (check != StatusCode.Ok || _rx[FrameLayout.OffsetSequence] != _sequence)
                {
                    Counters.CorruptResponses++;
                    lastKind = BoardErrorKind.CorruptResponse;
                    lastMessage = check != StatusCode.Ok
                        ? "response to opcode 0x" + opcode.ToString("X2") + " failed its check: " + StatusCode.Name(check)
                        : "response sequence " + _rx[FrameLayout.OffsetSequence] + " does not match " + _sequence;
                    continue;
                }
                byte status = _rx[FrameLayout.OffsetOpcodeOrStatus];
                if (status == StatusCode.BadCrc || status == StatusCode.BadLength || status == StatusCode.BadSync)
                {
                    // The board could not decode the frame (a bit error in transit, often in the length
                    // field) and executed nothing: resending the same frame is safe. A genuinely wrong
                    // length gets the same answer every time and ends as a NACK after MaxAttempts.
                    Counters.Nacks++;
                    lastKind = BoardErrorKind.Nack;
                    lastStatus = status;
                    lastMessage = "board reported " + StatusCode.Name(status) + " on " + Opcode.Name(opcode) + " (0x" + opcode.ToString("X2") + ")";
                    continue;
                }
                if (status != StatusCode.Ok)
                {
                    Counters.Nacks++;
                    throw new BoardException(BoardErrorKind.Nack, status,
                        "board refused opcode 0x" + opcode.ToString("X2") + ": " + StatusCode.Name(status));
                }
                if (payload != expectedResponsePayload)
                {
                    throw new BoardException(BoardErrorKind.CorruptResponse, 0, "response to opcode 0x" + opcode.ToString("X2")
                        + " has " + payload + " payload bytes, expected " + expectedResponsePayload);
                }
                return payload;
            }
            if (lastKind == BoardErrorKind.Timeout && !isRead && opcode != Opcode.Abort && opcode != Opcode.Ident
                && _identity != null && _identity.Has(Capability.Abort))
            {
                lastMessage += "; ABORT sent: " + TryAbortAfterTimeout();
            }
            throw new BoardException(lastKind, lastKind == BoardErrorKind.Nack ? lastStatus : (byte)0,
                lastMessage + " (after " + MaxAttempts + " attempts)");
        }

        private bool WaitReady(long timeoutUs)
        {
            long start = _clock.NowUs;
            while (!_ready.Read())
            {
                if (_clock.NowUs - start >= timeoutUs)
                {
                    return false;
                }
                _clock.DelayUs(ReadyPollUs);
            }
            return true;
        }

        /// <summary>Worst-case time of a read of <paramref name="values"/> devices, µs.</summary>
        private static long ReadWorstCaseUs(int values, int samples)
        {
            return ((long)values * samples * BoardTiming.ReadSampleMaxNs + BoardTiming.DecodeMaxNs) / 1000;
        }

        /// <summary>Refuses, before any byte is sent, an operation the board did not announce in IDENT.</summary>
        private void RequireCapability(uint capability, byte opcode)
        {
            RequireConnected();
            if (!_identity.Has(capability))
            {
                throw new BoardException(BoardErrorKind.NotSupported, 0, Opcode.Name(opcode) + " is not supported by this board (capabilities 0x"
                    + _identity.Capabilities.ToString("X8") + ", protocol " + _identity.ProtocolMajor + "." + _identity.ProtocolMinor + ")");
            }
        }

        private void RefuseLimit(string what, string violation)
        {
            Counters.LimitRefusals++;
            throw new BoardException(BoardErrorKind.LimitRefused, 0, what + " refused before sending: " + violation);
        }

        private void RequireConnected()
        {
            if (_identity == null)
            {
                throw new BoardException(BoardErrorKind.NotConnected, 0, "call Connect() first: no board identified");
            }
        }

        private void CheckPlace(int place)
        {
            if (place < 0 || place >= _identity.PlaceCount)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "place " + place + " is outside 0.." + (_identity.PlaceCount - 1));
            }
        }

        private static void CheckDevice(int device)
        {
            if (device < 0 || device >= Payloads.DevicesPerPlace)
            {
                throw new BoardException(BoardErrorKind.BadArgument, 0, "device " + device + " is outside 0.." + (Payloads.DevicesPerPlace - 1));
            }
        }

        private void CheckRead(int readMv, int samples)
        {
            string violation = _limits.CheckRead(readMv, samples);
            if (violation != null)
            {
                RefuseLimit("read", violation);
            }
        }
    }
}
