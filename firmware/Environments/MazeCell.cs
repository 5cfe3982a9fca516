namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// The values stored per cell in <see cref="GridMaze"/>'s row-major byte array.
    /// The start is not a cell kind: it is kept apart (GridMaze.StartRow/StartCol) because
    /// it is a free cell and may be chosen by the experiment rather than by the maze file.
    /// </summary>
    public static class MazeCell
    {
        /// <summary>A free cell the agent may enter (text '.', or 'S' for the start).</summary>
        public const byte Free = 0;

        /// <summary>A wall: moves into it are refused (text '#'). Outside the grid also counts as wall.</summary>
        public const byte Wall = 1;

        /// <summary>A goal (reward) cell; entering any goal cell ends a trial (text 'G').</summary>
        public const byte Goal = 2;

        /// <summary>True for the three values above; anything else is a corrupt cell array.</summary>
        public static bool IsValid(byte value)
        {
            return value == Free || value == Wall || value == Goal;
        }
    }
}
