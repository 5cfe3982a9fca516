using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Experiment
{
    /// <summary>Consecutive trials on one layout from one start.</summary>
    public sealed class ExperimentBlock
    {
        public readonly GridMaze Maze;
        public readonly int Trials;
        public readonly int StartRow;
        public readonly int StartCol;

        public ExperimentBlock(GridMaze maze, int trials, int startRow, int startCol)
        {
            Maze = maze;
            Trials = trials;
            StartRow = startRow;
            StartCol = startCol;
        }
    }
}
