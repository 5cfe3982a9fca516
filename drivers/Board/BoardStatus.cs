using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>What the board reports in STATUS (docs/protocol.md §5.3). The driver fills one instance
    /// owned by the caller, so reading status in a loop allocates nothing.</summary>
    public sealed class BoardStatus
    {
        /// <summary><see cref="StatusPayload"/> flag bits (FlagSafeIdle, FlagLastAborted, ...).</summary>
        public int Flags;
        public byte LastErrorStatus;
        public byte LastErrorOpcode;
        public byte LastErrorSequence;
        public uint CommandsExecuted;
        public uint CommandsRejected;
        public uint CrcErrors;
        public uint FramingErrors;
        public uint UnknownOpcodes;
        public uint AddressErrors;
        public uint LimitErrors;
        public uint ParameterErrors;
        public uint Replays;
        public uint Aborts;
        public uint PulseCount;
        public uint ReadSampleCount;
        public uint IgnoredWhileBusy;

        public bool IsSafeIdle { get { return (Flags & StatusPayload.FlagSafeIdle) != 0; } }
        public bool IsBusy { get { return (Flags & StatusPayload.FlagBusy) != 0; } }
        public bool LastWasAborted { get { return (Flags & StatusPayload.FlagLastAborted) != 0; } }

        public void Decode(byte[] buffer, int offset)
        {
            Flags = buffer[offset + StatusPayload.Flags];
            LastErrorStatus = buffer[offset + StatusPayload.LastErrorStatus];
            LastErrorOpcode = buffer[offset + StatusPayload.LastErrorOpcode];
            LastErrorSequence = buffer[offset + StatusPayload.LastErrorSequence];
            CommandsExecuted = LittleEndian.ReadU32(buffer, offset + StatusPayload.CommandsExecuted);
            CommandsRejected = LittleEndian.ReadU32(buffer, offset + StatusPayload.CommandsRejected);
            CrcErrors = LittleEndian.ReadU32(buffer, offset + StatusPayload.CrcErrors);
            FramingErrors = LittleEndian.ReadU32(buffer, offset + StatusPayload.FramingErrors);
            UnknownOpcodes = LittleEndian.ReadU32(buffer, offset + StatusPayload.UnknownOpcodes);
            AddressErrors = LittleEndian.ReadU32(buffer, offset + StatusPayload.AddressErrors);
            LimitErrors = LittleEndian.ReadU32(buffer, offset + StatusPayload.LimitErrors);
            ParameterErrors = LittleEndian.ReadU32(buffer, offset + StatusPayload.ParameterErrors);
            Replays = LittleEndian.ReadU32(buffer, offset + StatusPayload.Replays);
            Aborts = LittleEndian.ReadU32(buffer, offset + StatusPayload.Aborts);
            PulseCount = LittleEndian.ReadU32(buffer, offset + StatusPayload.PulseCount);
            ReadSampleCount = LittleEndian.ReadU32(buffer, offset + StatusPayload.ReadSampleCount);
            IgnoredWhileBusy = LittleEndian.ReadU32(buffer, offset + StatusPayload.IgnoredWhileBusy);
        }

        public void Encode(byte[] buffer, int offset)
        {
            buffer[offset + StatusPayload.Flags] = (byte)Flags;
            buffer[offset + StatusPayload.LastErrorStatus] = LastErrorStatus;
            buffer[offset + StatusPayload.LastErrorOpcode] = LastErrorOpcode;
            buffer[offset + StatusPayload.LastErrorSequence] = LastErrorSequence;
            LittleEndian.WriteU32(buffer, offset + StatusPayload.CommandsExecuted, CommandsExecuted);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.CommandsRejected, CommandsRejected);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.CrcErrors, CrcErrors);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.FramingErrors, FramingErrors);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.UnknownOpcodes, UnknownOpcodes);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.AddressErrors, AddressErrors);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.LimitErrors, LimitErrors);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.ParameterErrors, ParameterErrors);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.Replays, Replays);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.Aborts, Aborts);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.PulseCount, PulseCount);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.ReadSampleCount, ReadSampleCount);
            LittleEndian.WriteU32(buffer, offset + StatusPayload.IgnoredWhileBusy, IgnoredWhileBusy);
        }

        public override string ToString()
        {
            return "flags=0x" + Flags.ToString("X2") + " executed=" + CommandsExecuted + " rejected=" + CommandsRejected
                + " lastError=" + StatusCode.Name(LastErrorStatus) + "/" + Opcode.Name(LastErrorOpcode) + "#" + LastErrorSequence
                + " crc=" + CrcErrors + " framing=" + FramingErrors + " unknownOpcode=" + UnknownOpcodes + " address=" + AddressErrors
                + " limit=" + LimitErrors + " parameter=" + ParameterErrors + " replays=" + Replays + " aborts=" + Aborts
                + " pulses=" + PulseCount + " readSamples=" + ReadSampleCount + " ignoredBusy=" + IgnoredWhileBusy;
        }
    }
}
