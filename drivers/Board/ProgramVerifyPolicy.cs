using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Drivers.Board
{
    /// <summary>
    /// The program-and-verify decision, one step per verify read, shared by the MCU routine
    /// (<see cref="ProgramVerifier"/>) and the virtual board's PROGRAM_VERIFY, and specified in
    /// docs/protocol.md §5.9 for the FPGA. A "ping-pong" scheme suited to 1T1R SiOx, where a SET can
    /// only raise the conductance to the LRS its compliance current allows and a RESET can only lower
    /// it to the HRS its stop voltage allows:
    /// <list type="bullet">
    /// <item>read inside [low, high]: done, pass;</item>
    /// <item>read below low: SET. If the previous pulse was a SET it was too weak: compliance += step.
    ///   If it was a RESET it went too deep: |V_STOP| -= step.</item>
    /// <item>read above high: RESET. If the previous pulse was a RESET it was too weak: |V_STOP| += step.
    ///   If it was a SET it overshot: compliance -= step.</item>
    /// </list>
    /// Compliance and |V_STOP| are clamped to their ranges, so no pulse leaves the checked ranges.
    /// Stateless: the caller keeps the per-cell state in its own arrays (no allocation).
    /// </summary>
    public static class ProgramVerifyPolicy
    {
        /// <summary>
        /// Decides the next pulse for one cell after a verify read of <paramref name="conductanceNs"/>.
        /// Returns 0 when the read is inside the window, else <see cref="PulseKind.Set"/> or
        /// <see cref="PulseKind.Reset"/>, with <paramref name="complianceUa"/> / <paramref name="stopMv"/>
        /// updated to the values to use and <paramref name="lastKind"/> set to the kind returned.
        /// </summary>
        public static byte NextPulse(ProgramVerifyParameters p, int conductanceNs, int lowNs, int highNs,
            ref int complianceUa, ref int stopMv, ref byte lastKind)
        {
            if (conductanceNs >= lowNs && conductanceNs <= highNs)
            {
                return 0;
            }
            if (conductanceNs < lowNs)
            {
                if (lastKind == PulseKind.Set) complianceUa = Clamp(complianceUa + p.ComplianceStepUa, p.ComplianceMinUa, p.ComplianceMaxUa);
                else if (lastKind == PulseKind.Reset) stopMv = Clamp(stopMv - p.StopStepMv, p.StopMinMv, p.StopMaxMv);
                lastKind = PulseKind.Set;
                return PulseKind.Set;
            }
            if (lastKind == PulseKind.Reset) stopMv = Clamp(stopMv + p.StopStepMv, p.StopMinMv, p.StopMaxMv);
            else if (lastKind == PulseKind.Set) complianceUa = Clamp(complianceUa - p.ComplianceStepUa, p.ComplianceMinUa, p.ComplianceMaxUa);
            lastKind = PulseKind.Reset;
            return PulseKind.Reset;
        }

        private static int Clamp(int value, int min, int max)
        {
            return value < min ? min : value > max ? max : value;
        }
    }
}
