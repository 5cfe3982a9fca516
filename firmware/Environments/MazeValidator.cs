using System;

namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// Checks that a maze can be used for a run from a given start: the start is a free, non-goal
    /// cell inside the grid, and some goal can be reached from it. The parser calls the same checks
    /// for a start written in the maze text; a program that takes the start from elsewhere (an
    /// experiment schedule, a command line) calls <see cref="Validate"/> itself, so every path
    /// reports problems with the same messages (docs/formats.md, "Start").
    /// Failures are <see cref="MazeFormatException"/>s naming the maze's SourceName.
    /// </summary>
    public static class MazeValidator
    {
        /// <summary>Throws MazeFormatException (LineNumber 0) unless the start is usable in this maze.</summary>
        public static void Validate(GridMaze maze, int startRow, int startCol)
        {
            CheckStart(maze, startRow, startCol, 0, "start");
        }

        /// <summary>Validates the start, then returns the maze with that start.</summary>
        public static GridMaze WithValidatedStart(GridMaze maze, int startRow, int startCol)
        {
            Validate(maze, startRow, startCol);
            return maze.WithStart(startRow, startCol);
        }

        /// <summary>
        /// For callers that have no start of their own: the maze must carry one (from 'S' or
        /// start_rc0) and it must be usable. The message says how to add a start.
        /// </summary>
        public static void RequireStart(GridMaze maze)
        {
            if (maze == null)
            {
                throw new ArgumentNullException("maze");
            }

            if (!maze.HasStart)
            {
                throw new MazeFormatException(maze.SourceName, 0,
                    "no start: put one 'S' in the grid, or add the line '#! start_rc0: row,col' (0-based) before the grid, or give the start to the program");
            }

            Validate(maze, maze.StartRow, maze.StartCol);
        }

        /// <summary>
        /// The shared checks. lineNumber is where the start was written (0 when it came from the
        /// caller); label names it in the message ("start" or "start_rc0").
        /// </summary>
        internal static void CheckStart(GridMaze maze, int startRow, int startCol, int lineNumber, string label)
        {
            if (maze == null)
            {
                throw new ArgumentNullException("maze");
            }

            string source = maze.SourceName;
            string where = label + " " + Coordinates(startRow, startCol);
            if (!maze.IsInside(startRow, startCol))
            {
                throw new MazeFormatException(source, lineNumber,
                    where + " is outside the " + Size(maze) + " grid (rows 0.." + (maze.Rows - 1).ToString() + ", cols 0.." + (maze.Cols - 1).ToString() + ", 0-based)");
            }

            if (maze.IsWall(startRow, startCol))
            {
                throw new MazeFormatException(source, lineNumber,
                    where + " is a wall ('#'); the start must be a free cell ('.' or 'S')");
            }

            if (maze.IsGoal(startRow, startCol))
            {
                throw new MazeFormatException(source, lineNumber,
                    where + " is a goal cell ('G'); the start must not be a goal, or every trial would end before its first move");
            }

            if (maze.GoalCount == 0)
            {
                throw new MazeFormatException(source, 0, NoGoalDetail);
            }

            if (ShortestPath.Moves(maze, startRow, startCol) < 0)
            {
                throw new MazeFormatException(source, 0,
                    "no goal cell can be reached from the " + where + " with the 8 moves N, NE, E, SE, S, SW, W, NW (walls block, diagonal steps between walls are allowed); open a way through the walls or choose another start");
            }
        }

        internal const string NoGoalDetail =
            "no goal: mark at least one cell 'G' in the grid (or list it in '#! goal_rc0: row,col ...')";

        internal static string Coordinates(int row, int col)
        {
            return "(" + row.ToString() + "," + col.ToString() + ")";
        }

        internal static string Size(GridMaze maze)
        {
            return maze.Rows.ToString() + "x" + maze.Cols.ToString();
        }
    }
}
