using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class BuiltInMazesTests
    {
        // The cells that differ between A and B: the goal room's north door (open in A) and east door (open in B).
        private static readonly int[][] ChangedCells = { new[] { 17, 10 }, new[] { 17, 11 }, new[] { 23, 13 }, new[] { 24, 13 } };

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
                Assert.AreEqual(3, maze.StartRow);
                Assert.AreEqual(27, maze.StartCol);
                Assert.IsFalse(maze.IsWall(3, 27));
                Assert.AreEqual(4, maze.GoalCount, "a 2x2 goal");
                Assert.IsTrue(maze.IsGoal(20, 5) && maze.IsGoal(20, 6) && maze.IsGoal(21, 5) && maze.IsGoal(21, 6));
                MazeValidator.RequireStart(maze); // start usable, goal reachable

                for (int i = 0; i < 30; i++)
                {
                    Assert.IsTrue(maze.IsWall(0, i) && maze.IsWall(29, i) && maze.IsWall(i, 0) && maze.IsWall(i, 29), "outer wall border at " + i);
                }

                // No sealed pockets: every free cell can be visited from the start.
                int[] distance = new int[maze.CellCount];
                ShortestPath.DistancesFrom(maze, 3, 27, distance);
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
        public void ShortestPathLengths_A33_B30()
        {
            Assert.AreEqual(33, ShortestPath.Moves(BuiltInMazes.LayoutA(), 3, 27));
            Assert.AreEqual(30, ShortestPath.Moves(BuiltInMazes.LayoutB(), 3, 27));
        }

        [TestMethod]
        public void B_BlocksTheOptimalRouteOfA_AndAClosesTheRouteBOpens()
        {
            GridMaze a = BuiltInMazes.LayoutA();
            GridMaze b = BuiltInMazes.LayoutB();

            Assert.IsFalse(IsLegalIn(b, ShortestPath.PathCells(a, 3, 27)), "A's shortest path must hit a wall in B");
            Assert.IsFalse(IsLegalIn(a, ShortestPath.PathCells(b, 3, 27)), "B's shortest path must hit a wall in A");

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

            // Each layout has exactly one way into the goal room: closing its door leaves no route.
            Assert.AreEqual(-1, ShortestPath.Moves(WithWalls(a, ChangedCells[0], ChangedCells[1]), 3, 27));
            Assert.AreEqual(-1, ShortestPath.Moves(WithWalls(b, ChangedCells[2], ChangedCells[3]), 3, 27));
        }

        [TestMethod]
        public void LayoutTexts_AreValidMazeFiles()
        {
            GridMaze a = MazeParser.Parse(BuiltInMazes.LayoutAText(), "exported/A.txt");
            Assert.AreEqual("A", a.Name);
            Assert.AreEqual(33, ShortestPath.Moves(a, a.StartRow, a.StartCol));
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
