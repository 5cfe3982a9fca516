using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    /// <summary>
    /// Property test: random N x N wall sets are drawn as text (random line endings, trailing spaces,
    /// start and goal), parsed, and compared with an independent 4-connected BFS over the cell graph:
    /// every wall lands where it should, the grid connects exactly the cells the drawing connects,
    /// and the 8-move grid shortest path g relates to the c cell moves as c &lt; g &lt;= 2c.
    /// </summary>
    [TestClass]
    public class MicromouseMazeRoundTripTests
    {
        [TestMethod]
        public void RandomMazes_WallsReachabilityAndShortestPathMatchTheCellGraph()
        {
            var random = new Random(20230315);
            int parsed = 0, unreachable = 0;
            for (int iteration = 0; iteration < 400; iteration++)
            {
                int n = 2 + random.Next(11);
                var d = MicromouseMazeDrawing.Random(n, random, 10 + random.Next(50));
                PlaceStartAndGoal(d, random);
                string text = d.Text(random.Next(2) == 0 ? "\n" : "\r\n", random.Next(2) == 0);
                string source = "random-" + iteration + ".txt";

                int cellMoves = d.CellMovesToGoal(out bool[] reachable);
                if (cellMoves < 0)
                {
                    MazeTestText.ExpectParseError(text, source, 0, "no goal cell can be reached");
                    unreachable++;
                    continue;
                }

                GridMaze maze = MazeParser.Parse(text, source);
                parsed++;
                CheckWalls(d, maze, source);
                CheckGoalsAndStart(d, maze, source);
                CheckReachability(d, maze, reachable, source);

                int gridMoves = ShortestPath.Moves(maze, maze.StartRow, maze.StartCol);
                Assert.IsTrue(gridMoves > cellMoves && gridMoves <= 2 * cellMoves,
                    $"{source}: {gridMoves} grid moves for {cellMoves} cell moves\n{text}");
            }
            Assert.IsTrue(parsed > 100 && unreachable > 20, $"both outcomes are exercised: {parsed} parsed, {unreachable} unreachable");
        }

        private static void PlaceStartAndGoal(MicromouseMazeDrawing d, Random random)
        {
            int n = d.Cells;
            d.MarkStart = random.Next(4) != 0; // unmarked: the parser's default, the bottom-left cell
            // A goal block of 1x1 .. 3x3 cells (clipped to the maze) that avoids the start; both are
            // drawn again until they are apart (a 3x3 block can cover a whole 2x2 maze).
            int size = 1 + random.Next(3);
            do
            {
                if (d.MarkStart)
                {
                    d.StartX = random.Next(n);
                    d.StartY = random.Next(n);
                }
                Array.Clear(d.Goal);
                int gx = random.Next(n), gy = random.Next(n);
                for (int y = gy; y < gy + size && y < n; y++)
                    for (int x = gx; x < gx + size && x < n; x++)
                        d.Goal[d.Index(x, y)] = true;
            } while (d.Goal[d.Index(d.StartX, d.StartY)]);
        }

        private static void CheckWalls(MicromouseMazeDrawing d, GridMaze maze, string source)
        {
            int n = d.Cells, side = 2 * n + 1;
            Assert.AreEqual(side, maze.Rows, source);
            Assert.AreEqual(side, maze.Cols, source);
            for (int r = 0; r < side; r += 2)
                for (int c = 0; c < side; c += 2)
                    Assert.IsTrue(maze.IsWall(r, c), $"{source}: post ({r},{c})");
            for (int y = 0; y < n; y++)
            {
                for (int x = 0; x < n; x++)
                {
                    int row = 2 * (n - 1 - y) + 1, col = 2 * x + 1;
                    Assert.IsFalse(maze.IsWall(row, col), $"{source}: centre of cell ({x},{y})");
                    Assert.AreEqual(d.EastWall[d.Index(x, y)], maze.IsWall(row, col + 1), $"{source}: east wall of ({x},{y})");
                    Assert.AreEqual(d.NorthWall[d.Index(x, y)], maze.IsWall(row - 1, col), $"{source}: north wall of ({x},{y})");
                    Assert.AreEqual(x == 0 || d.EastWall[d.Index(x - 1, y)], maze.IsWall(row, col - 1), $"{source}: west wall of ({x},{y})");
                    Assert.AreEqual(y == 0 || d.NorthWall[d.Index(x, y - 1)], maze.IsWall(row + 1, col), $"{source}: south wall of ({x},{y})");
                }
            }
        }

        private static void CheckGoalsAndStart(MicromouseMazeDrawing d, GridMaze maze, string source)
        {
            int n = d.Cells;
            Assert.AreEqual(2 * (n - 1 - d.StartY) + 1, maze.StartRow, source);
            Assert.AreEqual(2 * d.StartX + 1, maze.StartCol, source);
            int expectedGoals = 0;
            for (int y = 0; y < n; y++)
            {
                for (int x = 0; x < n; x++)
                {
                    bool goal = d.Goal[d.Index(x, y)];
                    int row = 2 * (n - 1 - y) + 1, col = 2 * x + 1;
                    Assert.AreEqual(goal, maze.IsGoal(row, col), $"{source}: goal at ({x},{y})");
                    if (!goal) continue;
                    expectedGoals++;
                    if (x + 1 < n && d.Goal[d.Index(x + 1, y)] && !d.EastWall[d.Index(x, y)]) expectedGoals++;
                    if (y + 1 < n && d.Goal[d.Index(x, y + 1)] && !d.NorthWall[d.Index(x, y)]) expectedGoals++;
                }
            }
            Assert.AreEqual(expectedGoals, maze.GoalCount, $"{source}: goal centres plus the openings between goal cells");
        }

        /// <summary>The grid (goals made plain free cells) reaches a cell centre exactly when the cell graph reaches the cell.</summary>
        private static void CheckReachability(MicromouseMazeDrawing d, GridMaze maze, bool[] reachableWithGoalsStopping, string source)
        {
            int n = d.Cells;
            var cells = new byte[maze.CellCount];
            maze.CopyCellsTo(cells);
            for (int i = 0; i < cells.Length; i++) if (cells[i] == MazeCell.Goal) cells[i] = MazeCell.Free;
            var open = new GridMaze("open", maze.Rows, maze.Cols, cells);
            var distance = new int[open.CellCount];
            ShortestPath.DistancesFrom(open, maze.StartRow, maze.StartCol, distance);

            var noGoals = new MicromouseMazeDrawing(n);
            Array.Copy(d.EastWall, noGoals.EastWall, d.EastWall.Length);
            Array.Copy(d.NorthWall, noGoals.NorthWall, d.NorthWall.Length);
            noGoals.StartX = d.StartX;
            noGoals.StartY = d.StartY;
            noGoals.CellMovesToGoal(out bool[] reachable);

            for (int y = 0; y < n; y++)
                for (int x = 0; x < n; x++)
                    Assert.AreEqual(reachable[d.Index(x, y)], distance[(2 * (n - 1 - y) + 1) * maze.Cols + 2 * x + 1] >= 0,
                        $"{source}: cell ({x},{y}) reachable");
        }
    }
}
