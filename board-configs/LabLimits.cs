using ReRamNav.Drivers.Board;

namespace ReRamNav.BoardConfigs
{
    /// <summary>
    /// The limits the bench applies on every hardware set-up, a margin inside what a SiOx 1T1R array
    /// takes (<see cref="SafetyLimits.SiOxDefaults"/>). They leave room for the agent's pulses
    /// (SET 1.5 V at 50..170 µA, RESET to -1.6 V, 1 µs: firmware/Agent/AgentParameters.cs) and nothing
    /// much beyond: a typo in a demo parameter is refused by the driver instead of stressing the array.
    /// </summary>
    public static class LabLimits
    {
        /// <summary>SET amplitude, mV: the gradual SET completes by ~1.25 V (Bianchi 2023 Fig. 1b).</summary>
        public const int SetMaxMv = 2000;
        /// <summary>RESET stop voltage magnitude, mV: the paper's deepest RESET is -1.6 V.</summary>
        public const int ResetMaxMv = 1800;
        /// <summary>FORM amplitude, mV: forming needs more than SET, kept under the array's 3.5 V.</summary>
        public const int FormMaxMv = 3300;
        /// <summary>Compliance current range, µA: the paper's LRS levels use 50..170 µA.</summary>
        public const int ComplianceMinUa = 20;
        public const int ComplianceMaxUa = 180;
        /// <summary>Read voltage, mV: reads at 0.2 V, never near the ~0.75 V SET onset.</summary>
        public const int ReadMaxMv = 300;
        /// <summary>Pulse width range, ns: the pulse generator's shortest pulse to 100 µs.</summary>
        public const int WidthMinNs = 100;
        public const int WidthMaxNs = 100000;

        /// <summary>A fresh instance (callers may tighten it for their set-up).</summary>
        public static SafetyLimits Create()
        {
            return new SafetyLimits(SetMaxMv, ResetMaxMv, FormMaxMv, ComplianceMinUa, ComplianceMaxUa, ReadMaxMv, WidthMinNs, WidthMaxNs);
        }
    }
}
