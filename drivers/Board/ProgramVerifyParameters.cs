using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// How program-and-verify drives a cell into a conductance window: verify read settings, the most
    /// pulses per cell, and the ranges the SET compliance and the RESET stop voltage may move in.
    /// Every pulse the algorithm can generate lies inside these ranges, so checking the ranges' ends
    /// against the safety limits (<see cref="Check"/>) checks every pulse before any is sent.
    /// The same block goes on the wire for the board-side opcode (<see cref="Encode"/>).
    /// </summary>
    public sealed class ProgramVerifyParameters
    {
        public int ReadMv = 200;
        public int Samples = 4;
        /// <summary>Most pulses per cell (1..255); reads per cell are at most MaxAttempts + 1.</summary>
        public int MaxAttempts = 20;
        public int SetAmplitudeMv = 1500;
        /// <summary>SET compliance current range and step, µA. Higher I_C gives a higher LRS conductance.</summary>
        public int ComplianceStartUa = 100;
        public int ComplianceMinUa = 50;
        public int ComplianceMaxUa = 170;
        public int ComplianceStepUa = 10;
        /// <summary>RESET stop-voltage magnitude range and step, mV. Larger |V_STOP| gives a lower HRS conductance.</summary>
        public int StopStartMv = 1200;
        public int StopMinMv = 1000;
        public int StopMaxMv = 1600;
        public int StopStepMv = 100;
        public int WidthNs = 1000;

        /// <summary>Returns null when every pulse and read the algorithm can produce is inside
        /// <paramref name="limits"/> and the fields are consistent, else a message naming the problem.</summary>
        public string Check(SafetyLimits limits)
        {
            string v = CheckStructure();
            return v != null ? v : CheckLimits(limits);
        }

        /// <summary>Field consistency only (a board answers BAD_PARAMETER when this fails).</summary>
        public string CheckStructure()
        {
            if (Samples < 1 || Samples > 255) return "Samples " + Samples + " is outside 1..255";
            if (MaxAttempts < 1 || MaxAttempts > 255) return "MaxAttempts " + MaxAttempts + " is outside 1..255";
            if (ComplianceMinUa > ComplianceMaxUa || ComplianceStartUa < ComplianceMinUa || ComplianceStartUa > ComplianceMaxUa)
            {
                return "compliance range " + ComplianceMinUa + ".." + ComplianceMaxUa + " µA with start " + ComplianceStartUa + " µA is inconsistent";
            }
            if (StopMinMv > StopMaxMv || StopStartMv < StopMinMv || StopStartMv > StopMaxMv)
            {
                return "stop-voltage range " + StopMinMv + ".." + StopMaxMv + " mV with start " + StopStartMv + " mV is inconsistent";
            }
            if (ComplianceStepUa < 0 || ComplianceStepUa > 65535 || StopStepMv < 0 || StopStepMv > 65535)
            {
                return "adaptation steps must be 0..65535";
            }
            return null;
        }

        /// <summary>Every pulse and read the algorithm can produce against <paramref name="limits"/>
        /// (a board answers LIMIT_EXCEEDED when this fails).</summary>
        public string CheckLimits(SafetyLimits limits)
        {
            string v = limits.CheckRead(ReadMv, Samples);
            if (v != null) return v;
            v = limits.CheckPulse(PulseKind.Set, SetAmplitudeMv, ComplianceMinUa, WidthNs);
            if (v != null) return v;
            v = limits.CheckPulse(PulseKind.Set, SetAmplitudeMv, ComplianceMaxUa, WidthNs);
            if (v != null) return v;
            v = limits.CheckPulse(PulseKind.Reset, StopMinMv, 0, WidthNs);
            if (v != null) return v;
            return limits.CheckPulse(PulseKind.Reset, StopMaxMv, 0, WidthNs);
        }

        /// <summary>Writes the 28-byte header of a PROGRAM_VERIFY request (cell count excluded).</summary>
        public void Encode(byte[] buffer, int offset, int count)
        {
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.ReadMv, ReadMv);
            buffer[offset + ProgramVerifyPayload.Samples] = (byte)Samples;
            buffer[offset + ProgramVerifyPayload.MaxAttempts] = (byte)MaxAttempts;
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.SetAmplitudeMv, SetAmplitudeMv);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.ComplianceStartUa, ComplianceStartUa);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.ComplianceMinUa, ComplianceMinUa);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.ComplianceMaxUa, ComplianceMaxUa);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.ComplianceStepUa, ComplianceStepUa);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.StopStartMv, StopStartMv);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.StopMinMv, StopMinMv);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.StopMaxMv, StopMaxMv);
            LittleEndian.WriteU16(buffer, offset + ProgramVerifyPayload.StopStepMv, StopStepMv);
            buffer[offset + ProgramVerifyPayload.Count] = (byte)count;
            buffer[offset + ProgramVerifyPayload.Reserved] = 0;
            LittleEndian.WriteU32(buffer, offset + ProgramVerifyPayload.WidthNs, (uint)WidthNs);
        }

        /// <summary>Reads a header written by <see cref="Encode"/> into this object (board side; reuses the object).</summary>
        public void DecodeFrom(byte[] buffer, int offset)
        {
            ReadMv = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.ReadMv);
            Samples = buffer[offset + ProgramVerifyPayload.Samples];
            MaxAttempts = buffer[offset + ProgramVerifyPayload.MaxAttempts];
            SetAmplitudeMv = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.SetAmplitudeMv);
            ComplianceStartUa = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.ComplianceStartUa);
            ComplianceMinUa = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.ComplianceMinUa);
            ComplianceMaxUa = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.ComplianceMaxUa);
            ComplianceStepUa = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.ComplianceStepUa);
            StopStartMv = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.StopStartMv);
            StopMinMv = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.StopMinMv);
            StopMaxMv = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.StopMaxMv);
            StopStepMv = LittleEndian.ReadU16(buffer, offset + ProgramVerifyPayload.StopStepMv);
            uint width = LittleEndian.ReadU32(buffer, offset + ProgramVerifyPayload.WidthNs);
            WidthNs = width > int.MaxValue ? int.MaxValue : (int)width;
        }
    }
}
