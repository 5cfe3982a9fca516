namespace ReRamNav.Firmware.Mars
{
    /// <summary>How <see cref="TerrainCostModel"/> turns elevation into a per-cell cost.</summary>
    public static class TerrainCostMode
    {
        /// <summary>Band for unitless maps (the paper's), slope for maps in metres.</summary>
        public const int Auto = 0;
        /// <summary>The paper's Fig. 5c rule: cost = clip(1 + 0.45 (107.88 - elevation), 1, 10): low ground is costly.</summary>
        public const int Band = 1;
        /// <summary>Real terrain in metres: cost rises with the steepest grade to a neighbour.</summary>
        public const int Slope = 2;
    }
}
