namespace ReRamNav.Drivers.Protocol
{
    /// <summary>Kind byte of a PULSE_LIST entry.</summary>
    public static class PulseKind
    {
        /// <summary>Positive pulse on the top electrode; the select transistor limits the current to the
        /// compliance I_C, which sets the LRS conductance (Bianchi 2023 Fig. 1d-f).</summary>
        public const byte Set = 1;
        /// <summary>Negative pulse whose magnitude is the stop voltage V_STOP, which sets the HRS level
        /// (Bianchi 2023 Fig. 1g).</summary>
        public const byte Reset = 2;
        /// <summary>First SET of a pristine device, at a higher voltage.</summary>
        public const byte Form = 3;
    }
}
