using System;

namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// Breadth-first search over the 8-neighbour move graph of a <see cref="GridMaze"/>: the optimum
    /// an agent can reach, used to validate mazes and to score trials (steps taken / optimal steps).
    /// A move is legal when its target cell is inside the grid and not a wall. Diagonal moves between
    /// two walls ("corner cutting") are legal, because the authors' NAV.m only tests the target cell;
    /// keeping their rule keeps our optimal path lengths comparable with theirs.
    /// Not a hot path: each call allocates its work arrays once (CellCount ints each).
    /// </summary>
    public static class ShortestPath
    {
        /// <summary>
        /// Fewest moves from (startRow, startCol) to the nearest goal cell; 0 when the start is a goal;
        /// -1 when no goal can be reached. Throws ArgumentOutOfRangeException when the start is
        /// outside the grid or a wall (a caller error, not a property of the maze).
        /// </summary>
        public static int Moves(GridMaze maze, int startRow, int startCol)
        {
            int[] distance = new int[CheckedCellCount(maze, startRow, startCol)];
            int goalIndex = Search(maze, startRow, startCol, distance, null);
            return goalIndex < 0 ? -1 : distance[goalIndex];
        }

        /// <summary>
        /// The cells (row-major indices, start first, goal last) of one shortest path, or null when no
        /// goal is reachable. Ties are broken by direction order N, NE, E, ... so the result is
        /// deterministic. Length is Moves + 1.
        /// </summary>
        public static int[] PathCells(GridMaze maze, int startRow, int startCol)
        {
            int cellCount = CheckedCellCount(maze, startRow, startCol);
            int[] distance = new int[cellCount];
            int[] parent = new int[cellCount];
            int goalIndex = Search(maze, startRow, startCol, distance, parent);
            if (goalIndex < 0)
            {
                return null;
            }

            int[] path = new int[distance[goalIndex] + 1];
            int index = goalIndex;
            for (int k = path.Length - 1; k >= 0; k--)
            {
                path[k] = index;
                index = parent[index];
            }

            return path;
        }

        /// <summary>
        /// Fewest moves from the start to every cell (-1 for walls and unreachable cells), written into
        /// distance (CellCount entries, reusable across calls), for distance maps and coverage checks.
        /// Goal cells get their distance but are not passed through, as for an agent whose trial ends
        /// on entering one.
        /// </summary>
        public static void DistancesFrom(GridMaze maze, int startRow, int startCol, int[] distance)
        {
            int cellCount = CheckedCellCount(maze, startRow, startCol);
            if (distance == null || distance.Length < cellCount)
            {
                throw new ArgumentException("distance must hold " + cellCount.ToString() + " entries");
            }

            Search(maze, startRow, startCol, distance, null, false);
        }

        private static int CheckedCellCount(GridMaze maze, int startRow, int startCol)
        {
            if (maze == null)
            {
                throw new ArgumentNullException("maze");
            }

            if (!maze.IsInside(startRow, startCol))
            {
                throw new ArgumentOutOfRangeException("startRow", "start (" + startRow.ToString() + "," + startCol.ToString() + ") is outside the " + maze.Rows.ToString() + "x" + maze.Cols.ToString() + " grid");
            }

            if (maze.IsWall(startRow, startCol))
            {
                throw new ArgumentOutOfRangeException("startRow", "start (" + startRow.ToString() + "," + startCol.ToString() + ") is a wall");
            }

            return maze.CellCount;
        }

        private static int Search(GridMaze maze, int startRow, int startCol, int[] distance, int[] parent)
        {
            return Search(maze, startRow, startCol, distance, parent, true);
        }

        /// <summary>
        /// BFS core. The distance array doubles as the visited set (-1 = not yet reached); the queue is
        /// the distance-ordered list of reached cells, so one int[] of CellCount suffices for it.
        /// Returns the first goal cell dequeued (nearest), or -1.
        /// </summary>
        private static int Search(GridMaze maze, int startRow, int startCol, int[] distance, int[] parent, bool stopAtGoal)
        {
            int rows = maze.Rows;
            int cols = maze.Cols;
            int cellCount = maze.CellCount;
            for (int i = 0; i < cellCount; i++)
            {
                distance[i] = -1;
            }

            int[] queue = new int[cellCount];
            int head = 0;
            int tail = 0;
            int startIndex = startRow * cols + startCol;
            distance[startIndex] = 0;
            if (parent != null)
            {
                parent[startIndex] = -1;
            }

            queue[tail++] = startIndex;
            int[] rowDelta = Direction.RowDelta;
            int[] colDelta = Direction.ColDelta;

            while (head < tail)
            {
                int index = queue[head++];
                if (maze.CellAtIndex(index) == MazeCell.Goal)
                {
                    // A trial ends on entering a goal, so no path continues through one.
                    if (stopAtGoal)
                    {
                        return index;
                    }

                    continue;
                }

                int row = index / cols;
                int col = index - row * cols;
                int nextDistance = distance[index] + 1;
                for (int d = 0; d < Direction.Count; d++)
                {
                    int nextRow = row + rowDelta[d];
                    int nextCol = col + colDelta[d];
                    if (nextRow < 0 || nextRow >= rows || nextCol < 0 || nextCol >= cols)
                    {
                        continue;
                    }

                    int next = nextRow * cols + nextCol;
                    if (distance[next] >= 0 || maze.CellAtIndex(next) == MazeCell.Wall)
                    {
                        continue;
                    }

                    distance[next] = nextDistance;
                    if (parent != null)
                    {
                        parent[next] = index;
                    }

                    queue[tail++] = next;
                }
            }

            return -1;
        }
    }
}
