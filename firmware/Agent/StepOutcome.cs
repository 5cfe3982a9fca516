namespace ReRamNav.Firmware.Agent
{
    /// <summary>What one agent step did.</summary>
    public static class StepOutcome
    {
        /// <summary>A neighbour fired and the agent moved there.</summary>
        public const int Moved = 0;
        /// <summary>The winning neighbour was a wall: penalty, the agent stayed.</summary>
        public const int Bumped = 1;
        /// <summary>The agent moved onto the goal: reward, the trial is over.</summary>
        public const int ReachedGoal = 2;
    }
}
