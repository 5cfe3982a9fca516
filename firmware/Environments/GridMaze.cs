using System;

namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// A rectangular grid maze: walls, free cells, one or more goal cells and an optional start.
    /// Cells are kept in one row-major byte array (index = row * Cols + col, values from
    /// <see cref="MazeCell"/>) because nanoFramework has no [,] arrays and one byte per cell keeps a
    /// 30x30 maze at 900 bytes. Immutable: the constructor copies the cell array, so a maze can be
    /// shared between the experiment runner, the agent and telemetry without defensive copies.
    /// Coordinates are 0-based (row, col), row 0 at the top, as in the maze text format
    /// (docs/formats.md).
    /// </summary>
    public sealed class GridMaze
    {
        /// <summary>Smallest rows/cols: a wall border around at least one free cell needs 3.</summary>
        public const int MinSide = 3;

        /// <summary>
        /// Largest rows/cols. 255 keeps a coordinate in one byte (telemetry, board protocol) and
        /// the whole maze at most 65,025 bytes; the paper's mazes are 30x30.
        /// </summary>
        public const int MaxSide = 255;

        private readonly byte[] cells;

        /// <summary>A maze without a start (the experiment gives it, see <see cref="WithStart"/>).</summary>
        public GridMaze(string name, int rows, int cols, byte[] cells)
            : this(name, name, rows, cols, cells, false, -1, -1, true)
        {
        }

        /// <summary>A maze with a start; the start must be inside the grid and not a wall.</summary>
        public GridMaze(string name, int rows, int cols, byte[] cells, int startRow, int startCol)
            : this(name, name, rows, cols, cells, true, startRow, startCol, true)
        {
        }

        /// <summary>Full constructor. copyCells=false only when the caller hands over a private array.</summary>
        internal GridMaze(string name, string sourceName, int rows, int cols, byte[] cells,
            bool hasStart, int startRow, int startCol, bool copyCells)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            if (rows < MinSide || rows > MaxSide)
            {
                throw new ArgumentOutOfRangeException("rows", "rows must be " + MinSide.ToString() + ".." + MaxSide.ToString());
            }

            if (cols < MinSide || cols > MaxSide)
            {
                throw new ArgumentOutOfRangeException("cols", "cols must be " + MinSide.ToString() + ".." + MaxSide.ToString());
            }

            if (cells == null)
            {
                throw new ArgumentNullException("cells");
            }

            if (cells.Length != rows * cols)
            {
                throw new ArgumentException("cells has " + cells.Length.ToString() + " entries, expected rows*cols = " + (rows * cols).ToString());
            }

            int goalCount = 0;
            for (int i = 0; i < cells.Length; i++)
            {
                byte value = cells[i];
                if (!MazeCell.IsValid(value))
                {
                    throw new ArgumentException("cells[" + i.ToString() + "] = " + value.ToString() + " is not a MazeCell value");
                }

                if (value == MazeCell.Goal)
                {
                    goalCount++;
                }
            }

            Name = name;
            SourceName = sourceName == null ? name : sourceName;
            Rows = rows;
            Cols = cols;
            GoalCount = goalCount;

            if (copyCells)
            {
                this.cells = new byte[cells.Length];
                Array.Copy(cells, this.cells, cells.Length);
            }
            else
            {
                this.cells = cells;
            }

            if (hasStart)
            {
                if (startRow < 0 || startRow >= rows || startCol < 0 || startCol >= cols)
                {
                    throw new ArgumentOutOfRangeException("startRow", "start (" + startRow.ToString() + "," + startCol.ToString() + ") is outside the grid");
                }

                if (this.cells[startRow * cols + startCol] == MazeCell.Wall)
                {
                    throw new ArgumentException("start (" + startRow.ToString() + "," + startCol.ToString() + ") is a wall");
                }

                HasStart = true;
                StartRow = startRow;
                StartCol = startCol;
            }
            else
            {
                HasStart = false;
                StartRow = -1;
                StartCol = -1;
            }
        }

        /// <summary>Short name (file name without directory and extension, or "A"/"B" for built-ins).</summary>
        public string Name { get; }

        /// <summary>The name given to the parser (for example a path); used in error messages.</summary>
        public string SourceName { get; }

        public int Rows { get; }

        public int Cols { get; }

        /// <summary>Rows * Cols.</summary>
        public int CellCount
        {
            get { return cells.Length; }
        }

        /// <summary>Number of goal cells (at least 1 for a parsed maze; the constructor allows 0).</summary>
        public int GoalCount { get; }

        /// <summary>False when the maze text gave no start; then StartRow/StartCol are -1.</summary>
        public bool HasStart { get; }

        public int StartRow { get; }

        public int StartCol { get; }

        /// <summary>True when (row, col) is inside the grid.</summary>
        public bool IsInside(int row, int col)
        {
            return row >= 0 && row < Rows && col >= 0 && col < Cols;
        }

        /// <summary>Row-major index row * Cols + col, or -1 outside the grid.</summary>
        public int CellIndex(int row, int col)
        {
            if (row < 0 || row >= Rows || col < 0 || col >= Cols)
            {
                return -1;
            }

            return row * Cols + col;
        }

        /// <summary>The <see cref="MazeCell"/> value at (row, col); Wall outside the grid.</summary>
        public byte CellAt(int row, int col)
        {
            if (row < 0 || row >= Rows || col < 0 || col >= Cols)
            {
                return MazeCell.Wall;
            }

            return cells[row * Cols + col];
        }

        /// <summary>The <see cref="MazeCell"/> value at a row-major index (0..CellCount-1).</summary>
        public byte CellAtIndex(int index)
        {
            return cells[index];
        }

        /// <summary>
        /// True for a wall and for any cell outside the grid, so that a move off the edge is
        /// refused exactly like a move into a wall, with no separate bounds check in the agent.
        /// </summary>
        public bool IsWall(int row, int col)
        {
            return CellAt(row, col) == MazeCell.Wall;
        }

        /// <summary>True for a goal cell inside the grid.</summary>
        public bool IsGoal(int row, int col)
        {
            return CellAt(row, col) == MazeCell.Goal;
        }

        /// <summary>
        /// The same maze with another start (the cells are shared, which is safe because neither
        /// maze ever writes them). Throws like the constructor when the start is outside or a wall;
        /// use <see cref="MazeValidator.Validate"/> first for a user-facing message.
        /// </summary>
        public GridMaze WithStart(int startRow, int startCol)
        {
            return new GridMaze(Name, SourceName, Rows, Cols, cells, true, startRow, startCol, false);
        }

        /// <summary>Copies the cells (row-major) into destination, which must hold CellCount bytes.</summary>
        public void CopyCellsTo(byte[] destination)
        {
            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (destination.Length < cells.Length)
            {
                throw new ArgumentException("destination holds " + destination.Length.ToString() + " bytes, need " + cells.Length.ToString());
            }

            Array.Copy(cells, destination, cells.Length);
        }
    }
}
