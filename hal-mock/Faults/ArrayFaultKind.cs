namespace ReRamNav.HalMock.Faults
{
    /// <summary>What is wrong with one device of the array (named constants: nanoFramework enums print as numbers).</summary>
    public static class ArrayFaultKind
    {
        /// <summary>A healthy device.</summary>
        public const byte None = 0;
        /// <summary>Stuck at LRS: reads the LRS level, pulses do nothing.</summary>
        public const byte StuckAtLrs = 1;
        /// <summary>Stuck at HRS: reads the HRS level, pulses do nothing.</summary>
        public const byte StuckAtHrs = 2;
        /// <summary>Never formed: reads the pristine level, pulses do nothing.</summary>
        public const byte NeverFormed = 3;
        /// <summary>Stopped switching: keeps its last conductance, pulses do nothing.</summary>
        public const byte StoppedSwitching = 4;
        /// <summary>On a dead (open) row or column: reads 0 nS, pulses deliver nothing.</summary>
        public const byte DeadLine = 5;
    }
}
