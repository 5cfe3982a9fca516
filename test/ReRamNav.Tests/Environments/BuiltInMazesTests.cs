using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class BuiltInMazesTests
    {
        // The cells that differ between A and B: the goal room's east door at col 12 (open in A), its south door
        // and the door at (24,16..17) (open in B).
        private static readonly int[][] ChangedCells =
            { new[] { 16, 12 }, new[] { 17, 12 }, new[] { 18, 7 }, new[] { 18, 8 }, new[] { 24, 16 }, new[] { 24, 17 } };

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
                    // Goal cells count as reached with the first of them (the search stops at the goal).
                    if (maze.CellAtIndex(i) != MazeCell.Wall && maze.CellAtIndex(i) != MazeCell.Goal)
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

            // The layouts differ in exactly the door cells.
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

            // No route works in both: with every cell that is a wall in either layout walled, the goal is cut off.
            var both = new byte[a.CellCount];
            for (int i = 0; i < a.CellCount; i++)
            {
                both[i] = a.IsWall(i / a.Cols, i % a.Cols) || b.IsWall(i / a.Cols, i % a.Cols) ? MazeCell.Wall : a.CellAtIndex(i);
            }
            Assert.AreEqual(-1, ShortestPath.Moves(new GridMaze("A and B", a.Rows, a.Cols, both), 1, 26), "a route legal in A and in B");
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

    }
}
