namespace ReRamNav.Firmware.Agent
{
    /// <summary>How the reward trail is cut from the path of a rewarded trial.</summary>
    public static class TrailMode
    {
        /// <summary>The last TrailLength positions as walked, loops included (the authors' NAV.m l.344-351).</summary>
        public const int LastPositions = 0;
        /// <summary>Loops erased first: a place visited twice keeps only its last visit.</summary>
        public const int LoopErased = 1;
        /// <summary>Loops erased and every detour between two adjacent places of the path cut out (both
        /// places were walked, so the direct move between them is legal). The default.</summary>
        public const int Shortcut = 2;
    }
}
