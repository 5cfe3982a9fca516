using System;
using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class GridMazeTests
    {
        private static byte[] Cells3x4()
        {
            // Row-major 3x4:  # . . G / # . # . / # # # #
            return new byte[]
            {
                MazeCell.Wall, MazeCell.Free, MazeCell.Free, MazeCell.Goal,
                MazeCell.Wall, MazeCell.Free, MazeCell.Wall, MazeCell.Free,
                MazeCell.Wall, MazeCell.Wall, MazeCell.Wall, MazeCell.Wall,
            };
        }

        [TestMethod]
        public void Constructor_CopiesCells_SoTheMazeIsImmutable()
        {
            byte[] cells = Cells3x4();
            GridMaze maze = new GridMaze("t", 3, 4, cells, 1, 1);
            cells[3] = MazeCell.Free;
            cells[5] = MazeCell.Wall;
            Assert.IsTrue(maze.IsGoal(0, 3));
            Assert.IsFalse(maze.IsWall(1, 1));
            Assert.AreEqual(1, maze.GoalCount);
            Assert.AreEqual("t", maze.Name);
            Assert.AreEqual(2, ShortestPath.Moves(maze, 1, 1));

            byte[] copy = new byte[maze.CellCount];
            maze.CopyCellsTo(copy);
            CollectionAssert.AreEqual(Cells3x4(), copy);
            copy[0] = MazeCell.Free;
            Assert.IsTrue(maze.IsWall(0, 0));
        }

        [TestMethod]
        public void Constructor_RejectsBadArguments()
        {
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new GridMaze("t", 2, 4, new byte[8]));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new GridMaze("t", 3, 256, new byte[768]));
            Assert.ThrowsExactly<ArgumentException>(() => new GridMaze("t", 3, 4, new byte[11]));
            Assert.ThrowsExactly<ArgumentNullException>(() => new GridMaze("t", 3, 4, null));
            Assert.ThrowsExactly<ArgumentNullException>(() => new GridMaze(null, 3, 4, Cells3x4()));
            byte[] corrupt = Cells3x4();
            corrupt[6] = 7;
            Assert.ThrowsExactly<ArgumentException>(() => new GridMaze("t", 3, 4, corrupt));
            Assert.ThrowsExactly<ArgumentException>(() => new GridMaze("t", 3, 4, Cells3x4(), 0, 0), "start on a wall");
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new GridMaze("t", 3, 4, Cells3x4(), 3, 1));
            GridMaze noStart = new GridMaze("t", 3, 4, Cells3x4());
            Assert.IsFalse(noStart.HasStart);
            Assert.ThrowsExactly<ArgumentException>(() => noStart.WithStart(1, 2));
            Assert.AreEqual(3, noStart.WithStart(1, 3).StartCol);
        }
    }
}
