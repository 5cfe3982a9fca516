#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using ReRamNav.Firmware.Environments;

namespace ReRamNav.DeviceTests
{
    /// <summary>The maze text format (docs/formats.md), parsed by the MCU, and the built-in layouts the demo runs.</summary>
    [TestClass]
    public class MazeParseTests
    {
        private const string Small = "#! start_rc0: 1,1\n#######\n#S....#\n#.###.#\n#....G#\n#######\n";

        [TestMethod]
        public void SmallMaze_ParsesWithStartGoalAndShortestPath()
        {
            GridMaze maze = MazeParser.Parse(Small, "mazes/small.txt");
            Assert.AreEqual("small", maze.Name);
            Assert.AreEqual(5, maze.Rows);
            Assert.AreEqual(7, maze.Cols);
            Assert.IsTrue(maze.HasStart);
            Assert.AreEqual(1, maze.StartRow);
            Assert.IsTrue(maze.IsGoal(3, 5));
            Assert.IsTrue(maze.IsWall(2, 2));
            Assert.AreEqual(5, ShortestPath.Moves(maze, 1, 1));
        }

        [TestMethod]
        public void UnknownCharacter_IsAnErrorWithTheLine()
        {
            bool threw = false;
            try
            {
                MazeParser.Parse("#####\n#S.x#\n#..G#\n#####\n", "bad.txt");
            }
            catch (MazeFormatException e)
            {
                threw = true;
                Assert.AreEqual(2, e.LineNumber);
                Assert.IsTrue(e.Message.IndexOf("'x'") >= 0, e.Message);
            }
            Assert.IsTrue(threw, "expected MazeFormatException");
        }

        [TestMethod]
        public void BuiltInLayouts_AreThe30x30PaperMazes()
        {
            GridMaze a = BuiltInMazes.LayoutA();
            GridMaze b = BuiltInMazes.LayoutB();
            Assert.AreEqual(30, a.Rows);
            Assert.AreEqual(30, b.Cols);
            Assert.AreEqual(31, ShortestPath.Moves(a, a.StartRow, a.StartCol));
            Assert.AreEqual(37, ShortestPath.Moves(b, b.StartRow, b.StartCol));
        }
    }
}
