using System;
using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class ShortestPathTests
    {
        private static GridMaze Maze(params string[] lines)
        {
            return MazeParser.Parse(MazeTestText.Lines(lines), "bfs.txt");
        }

        [TestMethod]
        public void OpenRoom_DiagonalMovesCountOnce()
        {
            // 5x5 free room: (1,1) to (5,5) is 4 diagonal moves (4-neighbour moves would need 8).
            GridMaze maze = Maze(
                "#######",
                "#.....#",
                "#.....#",
                "#.....#",
                "#.....#",
                "#....G#",
                "#######");
            Assert.AreEqual(4, ShortestPath.Moves(maze, 1, 1));
            Assert.AreEqual(4, ShortestPath.Moves(maze, 1, 5));
            Assert.AreEqual(1, ShortestPath.Moves(maze, 4, 4));
        }

        [TestMethod]
        public void DiagonalCornerCut_BetweenTwoWalls_IsAllowed()
        {
            // (1,1) -> (2,2) squeezes between the walls (1,2) and (2,1), as NAV.m allows.
            GridMaze maze = Maze(
                "#####",
                "#S###",
                "##G##",
                "#####");
            Assert.AreEqual(1, ShortestPath.Moves(maze, 1, 1));

            // A longer corridor of corner cuts: a staircase of diagonal steps only.
            GridMaze stairs = Maze(
                "######",
                "#S####",
                "##.###",
                "###.##",
                "####G#",
                "######");
            Assert.AreEqual(3, ShortestPath.Moves(stairs, 1, 1));
        }

        [TestMethod]
        public void WallsForceDetour()
        {
            // A wall from row 1 to row 3 in col 3: from (1,1) the path must go down and around it.
            GridMaze maze = Maze(
                "#######",
                "#..#..#",
                "#..#..#",
                "#..#.G#",
                "#.....#",
                "#######");
            // (1,1)->(2,1)->(3,2)->(4,3)->(3,4)->(3,5): 5 moves.
            Assert.AreEqual(5, ShortestPath.Moves(maze, 1, 1));
        }

        [TestMethod]
        public void UnreachableGoal_ReturnsMinusOne_AndPathIsNull()
        {
            string[] lines =
            {
                "#######",
                "#..#..#",
                "#..#.G#",
                "#..#..#",
                "#######",
            };
            GridMaze maze = Maze(lines);
            Assert.AreEqual(-1, ShortestPath.Moves(maze, 1, 1));
            Assert.IsNull(ShortestPath.PathCells(maze, 1, 1));
            Assert.AreEqual(1, ShortestPath.Moves(maze, 1, 4), "the same goal is reachable from its own side");
        }

        [TestMethod]
        public void NearestOfSeveralGoals_AndStartOnGoalIsZero()
        {
            GridMaze maze = Maze(
                "##########",
                "#G......G#",
                "##########");
            Assert.AreEqual(2, ShortestPath.Moves(maze, 1, 3));
            Assert.AreEqual(1, ShortestPath.Moves(maze, 1, 7));
            Assert.AreEqual(0, ShortestPath.Moves(maze, 1, 8));
        }

        [TestMethod]
        public void PathDoesNotRunThroughAGoal()
        {
            // The nearer goal blocks the corridor: the far goal is never the answer through it,
            // and DistancesFrom gives no distance to cells behind a goal.
            GridMaze maze = Maze(
                "#######",
                "#..G..#",
                "#######");
            int[] distance = new int[maze.CellCount];
            ShortestPath.DistancesFrom(maze, 1, 1, distance);
            Assert.AreEqual(2, distance[maze.CellIndex(1, 3)]);
            Assert.AreEqual(-1, distance[maze.CellIndex(1, 4)]);
            Assert.AreEqual(-1, distance[maze.CellIndex(0, 0)], "walls have no distance");
            Assert.AreEqual(0, distance[maze.CellIndex(1, 1)]);
        }

        [TestMethod]
        public void PathCells_AreLegalConsecutiveMovesFromStartToGoal()
        {
            GridMaze maze = Maze(
                "#######",
                "#..#..#",
                "#..#..#",
                "#..#.G#",
                "#.....#",
                "#######");
            int[] path = ShortestPath.PathCells(maze, 1, 1);
            Assert.IsNotNull(path);
            Assert.AreEqual(ShortestPath.Moves(maze, 1, 1) + 1, path.Length);
            Assert.AreEqual(maze.CellIndex(1, 1), path[0]);
            int last = path[path.Length - 1];
            Assert.IsTrue(maze.IsGoal(last / maze.Cols, last % maze.Cols));
            for (int k = 1; k < path.Length; k++)
            {
                int r0 = path[k - 1] / maze.Cols, c0 = path[k - 1] % maze.Cols;
                int r1 = path[k] / maze.Cols, c1 = path[k] % maze.Cols;
                int dr = r1 - r0, dc = c1 - c0;
                Assert.IsTrue(dr >= -1 && dr <= 1 && dc >= -1 && dc <= 1 && (dr != 0 || dc != 0), "step " + k + " is one 8-neighbour move");
                Assert.IsFalse(maze.IsWall(r1, c1), "step " + k + " enters a wall");
            }
        }

        [TestMethod]
        public void StartOutsideOrOnWall_Throws()
        {
            GridMaze maze = Maze("#####", "#S.G#", "#####");
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ShortestPath.Moves(maze, 0, 0));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ShortestPath.Moves(maze, 3, 1));
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ShortestPath.PathCells(maze, 1, -1));
            Assert.ThrowsExactly<ArgumentNullException>(() => ShortestPath.Moves(null, 1, 1));
        }
    }
}
