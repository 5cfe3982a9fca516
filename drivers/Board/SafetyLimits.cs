using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// Electrical limits for every pulse and read. They come from two places: the board config of
    /// the dev kit (what the lab allows on this set-up) and the board's IDENT (what the FPGA board
    /// can take). The driver uses the stricter of the two (<see cref="Stricter"/>) and refuses a
    /// request outside them before any byte is sent; the board checks them again.
    /// Magnitudes are positive: RESET polarity is implied by the pulse kind.
    /// </summary>
    public sealed class SafetyLimits
    {
        /// <summary>Largest SET amplitude, mV.</summary>
        public int SetMaxMv;
        /// <summary>Largest RESET stop-voltage magnitude |V_STOP|, mV.</summary>
        public int ResetMaxMv;
        /// <summary>Largest FORM amplitude, mV.</summary>
        public int FormMaxMv;
        /// <summary>Largest compliance current for SET and FORM, µA (the 1T1R transistor's gate sets it).</summary>
        public int ComplianceMaxUa;
        /// <summary>Smallest compliance current, µA: below it the transistor cannot regulate.</summary>
        public int ComplianceMinUa;
        /// <summary>Largest read voltage, mV: above it a read can disturb the state.</summary>
        public int ReadMaxMv;
        /// <summary>Shortest pulse the pulse generator makes, ns.</summary>
        public int WidthMinNs;
        /// <summary>Longest pulse allowed, ns.</summary>
        public int WidthMaxNs;

        public const int EncodedBytes = 20;

        public SafetyLimits(int setMaxMv, int resetMaxMv, int formMaxMv, int complianceMinUa, int complianceMaxUa,
            int readMaxMv, int widthMinNs, int widthMaxNs)
        {
            SetMaxMv = setMaxMv;
            ResetMaxMv = resetMaxMv;
            FormMaxMv = formMaxMv;
            ComplianceMinUa = complianceMinUa;
            ComplianceMaxUa = complianceMaxUa;
            ReadMaxMv = readMaxMv;
            WidthMinNs = widthMinNs;
            WidthMaxNs = widthMaxNs;
        }

        /// <summary>Limits a SiOx 1T1R array takes without damage (Bianchi 2023 Fig. 1b: SET completes by
        /// +1.25 V with ~165 µA saturation; RESET swept to -1.6 V), with margin for FORM.</summary>
        public static SafetyLimits SiOxDefaults()
        {
            return new SafetyLimits(2500, 2000, 3500, 20, 200, 300, 100, 1000000);
        }

        /// <summary>The stricter of two limit sets: smaller maxima, larger minima.</summary>
        public static SafetyLimits Stricter(SafetyLimits a, SafetyLimits b)
        {
            return new SafetyLimits(
                Min(a.SetMaxMv, b.SetMaxMv), Min(a.ResetMaxMv, b.ResetMaxMv), Min(a.FormMaxMv, b.FormMaxMv),
                Max(a.ComplianceMinUa, b.ComplianceMinUa), Min(a.ComplianceMaxUa, b.ComplianceMaxUa),
                Min(a.ReadMaxMv, b.ReadMaxMv), Max(a.WidthMinNs, b.WidthMinNs), Min(a.WidthMaxNs, b.WidthMaxNs));
        }

        /// <summary>Returns null when the pulse is inside the limits, else a message naming the limit.</summary>
        public string CheckPulse(byte kind, int amplitudeMv, int complianceUa, int widthNs)
        {
            if (widthNs < WidthMinNs || widthNs > WidthMaxNs)
            {
                return "pulse width " + widthNs + " ns is outside WidthMinNs.." + "WidthMaxNs = " + WidthMinNs + ".." + WidthMaxNs + " ns";
            }
            if (amplitudeMv <= 0)
            {
                return "amplitude " + amplitudeMv + " mV must be a positive magnitude (polarity comes from the pulse kind)";
            }
            if (kind == PulseKind.Set || kind == PulseKind.Form)
            {
                int maxMv = kind == PulseKind.Set ? SetMaxMv : FormMaxMv;
                if (amplitudeMv > maxMv)
                {
                    return (kind == PulseKind.Set ? "SET amplitude " : "FORM amplitude ") + amplitudeMv + " mV exceeds "
                        + (kind == PulseKind.Set ? "SetMaxMv" : "FormMaxMv") + " = " + maxMv + " mV";
                }
                if (complianceUa < ComplianceMinUa || complianceUa > ComplianceMaxUa)
                {
                    return "compliance " + complianceUa + " µA is outside ComplianceMinUa..ComplianceMaxUa = "
                        + ComplianceMinUa + ".." + ComplianceMaxUa + " µA";
                }
                return null;
            }
            if (kind == PulseKind.Reset)
            {
                if (amplitudeMv > ResetMaxMv)
                {
                    return "RESET stop voltage -" + amplitudeMv + " mV exceeds ResetMaxMv = -" + ResetMaxMv + " mV";
                }
                if (complianceUa != 0)
                {
                    return "RESET takes no compliance current (got " + complianceUa + " µA)";
                }
                return null;
            }
            return "unknown pulse kind " + kind;
        }

        /// <summary>Returns null when the read voltage is allowed, else a message naming the limit.</summary>
        public string CheckRead(int readMv, int samples)
        {
            if (readMv <= 0 || readMv > ReadMaxMv)
            {
                return "read voltage " + readMv + " mV is outside 1..ReadMaxMv = " + ReadMaxMv + " mV";
            }
            if (samples < 1 || samples > 255)
            {
                return "samples " + samples + " is outside 1..255";
            }
            return null;
        }

        public void Encode(byte[] buffer, int offset)
        {
            LittleEndian.WriteU16(buffer, offset, SetMaxMv);
            LittleEndian.WriteU16(buffer, offset + 2, ResetMaxMv);
            LittleEndian.WriteU16(buffer, offset + 4, FormMaxMv);
            LittleEndian.WriteU16(buffer, offset + 6, ComplianceMinUa);
            LittleEndian.WriteU16(buffer, offset + 8, ComplianceMaxUa);
            LittleEndian.WriteU16(buffer, offset + 10, ReadMaxMv);
            LittleEndian.WriteU32(buffer, offset + 12, (uint)WidthMinNs);
            LittleEndian.WriteU32(buffer, offset + 16, (uint)WidthMaxNs);
        }

        public static SafetyLimits Decode(byte[] buffer, int offset)
        {
            return new SafetyLimits(
                LittleEndian.ReadU16(buffer, offset), LittleEndian.ReadU16(buffer, offset + 2), LittleEndian.ReadU16(buffer, offset + 4),
                LittleEndian.ReadU16(buffer, offset + 6), LittleEndian.ReadU16(buffer, offset + 8), LittleEndian.ReadU16(buffer, offset + 10),
                (int)LittleEndian.ReadU32(buffer, offset + 12), (int)LittleEndian.ReadU32(buffer, offset + 16));
        }

        public override string ToString()
        {
            return "SET<=" + SetMaxMv + "mV RESET>=-" + ResetMaxMv + "mV FORM<=" + FormMaxMv + "mV I_C=" + ComplianceMinUa + ".."
                + ComplianceMaxUa + "uA read<=" + ReadMaxMv + "mV width=" + WidthMinNs + ".." + WidthMaxNs + "ns";
        }

        private static int Min(int a, int b) { return a < b ? a : b; }
        private static int Max(int a, int b) { return a > b ? a : b; }
    }
}
