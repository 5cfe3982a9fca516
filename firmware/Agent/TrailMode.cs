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
        /// places were walked, so the direct move between them is legal).</summary>
        public const int Shortcut = 2;
        /// <summary>Replay: the shortest route from the trial's start to the reward through every place the
        /// agent has ever entered (not only this trial's path) and not since found to be a wall
        /// (<see cref="ExperienceMap"/>). It can only be as long as the Shortcut trail or shorter. The default.</summary>
        public const int ShortestExperienced = 3;
    }
}
