using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class BuiltInMazesTests
    {
        // The cells that differ between A and B: the goal corridor at col 12 (open in A) and the south door (open in B).
        private static readonly int[][] ChangedCells = { new[] { 16, 12 }, new[] { 17, 12 }, new[] { 24, 16 }, new[] { 24, 17 } };

        [TestMethod]
        public void BothLayouts_Parse_30x30_StartFree_GoalReachable()
        {
            GridMaze[] mazes = { BuiltInMazes.LayoutA(), BuiltInMazes.LayoutB() };
            string[] names = { "A", "B" };
            for (int m = 0; m < mazes.Length; m++)
            {
                GridMaze maze = mazes[m];
                Assert.AreEqual(names[m], maze.Name);
                Assert.AreEqual(30, maze.Rows);
                Assert.AreEqual(30, maze.Cols);
                Assert.IsTrue(maze.HasStart);
                Assert.AreEqual(BuiltInMazes.StartRow, maze.StartRow);
                Assert.AreEqual(BuiltInMazes.StartCol, maze.StartCol);
                Assert.IsFalse(maze.IsWall(BuiltInMazes.StartRow, BuiltInMazes.StartCol));
                Assert.AreEqual(4, maze.GoalCount, "a 2x2 goal");
                Assert.IsTrue(maze.IsGoal(16, 7) && maze.IsGoal(16, 8) && maze.IsGoal(17, 7) && maze.IsGoal(17, 8));
                MazeValidator.RequireStart(maze); // start usable, goal reachable

                for (int i = 0; i < 30; i++)
                {
                    Assert.IsTrue(maze.IsWall(0, i) && maze.IsWall(29, i) && maze.IsWall(i, 0) && maze.IsWall(i, 29), "outer wall border at " + i);
                }

                // No sealed pockets: every free cell can be visited from the start.
                int[] distance = new int[maze.CellCount];
                ShortestPath.DistancesFrom(maze, BuiltInMazes.StartRow, BuiltInMazes.StartCol, distance);
                for (int i = 0; i < maze.CellCount; i++)
                {
                    if (maze.CellAtIndex(i) != MazeCell.Wall)
                    {
                        Assert.IsTrue(distance[i] >= 0, names[m] + ": cell (" + (i / 30) + "," + (i % 30) + ") is unreachable");
                    }
                }
            }
        }

        [TestMethod]
        public void ShortestPathLengths_A31_B37()
        {
            Assert.AreEqual(BuiltInMazes.ShortestMovesA, ShortestPath.Moves(BuiltInMazes.LayoutA(), 1, 26));
            Assert.AreEqual(31, BuiltInMazes.ShortestMovesA);
            Assert.AreEqual(BuiltInMazes.ShortestMovesB, ShortestPath.Moves(BuiltInMazes.LayoutB(), 1, 26));
            Assert.AreEqual(37, BuiltInMazes.ShortestMovesB);
        }

        [TestMethod]
        public void B_BlocksTheOptimalRouteOfA_AndAClosesTheRouteBOpens()
        {
            GridMaze a = BuiltInMazes.LayoutA();
            GridMaze b = BuiltInMazes.LayoutB();

            Assert.IsFalse(IsLegalIn(b, ShortestPath.PathCells(a, 1, 26)), "A's shortest path must hit a wall in B");
            Assert.IsFalse(IsLegalIn(a, ShortestPath.PathCells(b, 1, 26)), "B's shortest path must hit a wall in A");

            // The layouts differ in exactly the four door cells.
            int differences = 0;
            for (int i = 0; i < a.CellCount; i++)
            {
                if (a.CellAtIndex(i) != b.CellAtIndex(i))
                {
                    differences++;
                }
            }

            Assert.AreEqual(ChangedCells.Length, differences);
            foreach (int[] cell in ChangedCells)
            {
                Assert.AreNotEqual(a.IsWall(cell[0], cell[1]), b.IsWall(cell[0], cell[1]), "(" + cell[0] + "," + cell[1] + ") should change");
            }

            // The maze is braided (loops): closing A's corridor alone leaves a longer way round (38 moves),
            // and B's door is on B's best route (37 moves), so B is a real change of the best route.
            Assert.AreEqual(38, ShortestPath.Moves(WithWalls(a, ChangedCells[0], ChangedCells[1]), 1, 26));
        }

        [TestMethod]
        public void LayoutTexts_AreValidMazeFiles()
        {
            GridMaze a = MazeParser.Parse(BuiltInMazes.LayoutAText(), "exported/A.txt");
            Assert.AreEqual("A", a.Name);
            Assert.AreEqual(31, ShortestPath.Moves(a, a.StartRow, a.StartCol));
            Assert.IsTrue(BuiltInMazes.LayoutBText().StartsWith("#! "), "the built-ins carry '#!' metadata as a format example");
        }

        private static bool IsLegalIn(GridMaze maze, int[] path)
        {
            Assert.IsNotNull(path);
            foreach (int index in path)
            {
                if (maze.CellAtIndex(index) == MazeCell.Wall)
                {
                    return false;
                }
            }

            return true;
        }

        private static GridMaze WithWalls(GridMaze maze, params int[][] walls)
        {
            byte[] cells = new byte[maze.CellCount];
            maze.CopyCellsTo(cells);
            foreach (int[] cell in walls)
            {
                cells[maze.CellIndex(cell[0], cell[1])] = MazeCell.Wall;
            }

            return new GridMaze(maze.Name, maze.Rows, maze.Cols, cells);
        }
    }
}
