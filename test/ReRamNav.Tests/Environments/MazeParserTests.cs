using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    [TestClass]
    public class MazeParserTests
    {
        // 5 rows x 6 cols: start (1,1), goal cells (3,3) and (3,4), an inner wall at (2,2).
        private static readonly string[] SmallWithS =
        {
            "######",
            "#S...#",
            "#.#..#",
            "#..GG#",
            "######",
        };

        [TestMethod]
        public void Parse_GridWithS_ReadsCellsStartAndGoals()
        {
            GridMaze maze = MazeParser.Parse(MazeTestText.Lines(SmallWithS), "mazes/small-maze.txt");

            Assert.AreEqual("small-maze", maze.Name);
            Assert.AreEqual("mazes/small-maze.txt", maze.SourceName);
            Assert.AreEqual(5, maze.Rows);
            Assert.AreEqual(6, maze.Cols);
            Assert.AreEqual(30, maze.CellCount);
            Assert.IsTrue(maze.HasStart);
            Assert.AreEqual(1, maze.StartRow);
            Assert.AreEqual(1, maze.StartCol);
            Assert.AreEqual(2, maze.GoalCount);
            Assert.IsFalse(maze.IsWall(1, 1), "the S cell is free");
            Assert.IsTrue(maze.IsWall(2, 2));
            Assert.IsTrue(maze.IsWall(0, 3));
            Assert.IsFalse(maze.IsWall(2, 3));
            Assert.IsTrue(maze.IsGoal(3, 3));
            Assert.IsTrue(maze.IsGoal(3, 4));
            Assert.IsFalse(maze.IsGoal(3, 2));
            Assert.AreEqual(MazeCell.Goal, maze.CellAt(3, 4));
            Assert.AreEqual(MazeCell.Free, maze.CellAt(1, 1));
            // Outside the grid is wall (so a move off the edge is refused like a move into a wall).
            Assert.IsTrue(maze.IsWall(-1, 0));
            Assert.IsTrue(maze.IsWall(5, 0));
            Assert.IsTrue(maze.IsWall(0, 6));
            Assert.IsFalse(maze.IsGoal(-1, -1));
            // Row-major indices.
            Assert.AreEqual(0, maze.CellIndex(0, 0));
            Assert.AreEqual(3 * 6 + 4, maze.CellIndex(3, 4));
            Assert.AreEqual(-1, maze.CellIndex(5, 0));
            Assert.AreEqual(-1, maze.CellIndex(0, -1));
        }

        [TestMethod]
        public void Parse_StartFromMetadata_WithoutS()
        {
            string text = MazeTestText.Lines(
                "#! start_rc0: 3,1",
                "######",
                "#....#",
                "#.#..#",
                "#..GG#",
                "######");
            GridMaze maze = MazeParser.Parse(text, "meta-start.txt");

            Assert.IsTrue(maze.HasStart);
            Assert.AreEqual(3, maze.StartRow);
            Assert.AreEqual(1, maze.StartCol);
            Assert.AreEqual("meta-start", maze.Name);
        }

        [TestMethod]
        public void Parse_SAndStartRc0Agreeing_IsAccepted()
        {
            string text = "#! start_rc0: 1 , 1\n" + MazeTestText.Lines(SmallWithS);
            GridMaze maze = MazeParser.Parse(text, "both.txt");
            Assert.AreEqual(1, maze.StartRow);
            Assert.AreEqual(1, maze.StartCol);
        }

        [TestMethod]
        public void Parse_CrlfTrailingWhitespaceAndTrailingBlankLines_SameAsPlainText()
        {
            GridMaze plain = MazeParser.Parse(MazeTestText.Lines(SmallWithS), "plain.txt");
            string messy = "\uFEFF#! title: messy  \r\n"
                + "######  \r\n#S...#\t\r\n#.#..#\r\n#..GG# \r\n######\r\n\r\n   \r\n\r\n";
            GridMaze maze = MazeParser.Parse(messy, "messy.txt");

            Assert.AreEqual(plain.Rows, maze.Rows);
            Assert.AreEqual(plain.Cols, maze.Cols);
            Assert.AreEqual(plain.StartRow, maze.StartRow);
            Assert.AreEqual(plain.StartCol, maze.StartCol);
            for (int i = 0; i < plain.CellCount; i++)
            {
                Assert.AreEqual(plain.CellAtIndex(i), maze.CellAtIndex(i), "cell " + i);
            }
        }

        [TestMethod]
        public void Parse_UnknownMetadataKeysAndKeylessCommentsAreIgnored()
        {
            string text = MazeTestText.Lines(
                "#! format: reramnav-maze/1",
                "#! a free comment without a key",
                "#! trials: 120 (not used by the parser)",
                "#! Start_RC0: 1,1",
                "",
                "######",
                "#....#",
                "#.#..#",
                "#..GG#",
                "######");
            GridMaze maze = MazeParser.Parse(text, "notes.txt");
            Assert.AreEqual(5, maze.Rows);
            Assert.AreEqual(1, maze.StartRow, "keys are case-insensitive");
            Assert.AreEqual(2, maze.GoalCount);
        }

        [TestMethod]
        public void Parse_GoalRc0_AgreesWithGAndAddsGoalOnFreeCell()
        {
            string text = MazeTestText.Lines(
                "#! goal_rc0: 3,3 1,2",
                "#! goal_rc0: 3,4",
                "######",
                "#S...#",
                "#.#..#",
                "#..GG#",
                "######");
            GridMaze maze = MazeParser.Parse(text, "goals.txt");
            Assert.AreEqual(3, maze.GoalCount);
            Assert.IsTrue(maze.IsGoal(1, 2), "goal_rc0 turns the free cell (1,2) into a goal");
            Assert.AreEqual(1, ShortestPath.Moves(maze, 1, 1));
        }

        [TestMethod]
        public void Parse_WithoutStart_IsAllowed_AndCallerStartIsValidatedSeparately()
        {
            string text = MazeTestText.Lines(
                "######",
                "#....#",
                "#.#..#",
                "#..GG#",
                "######");
            GridMaze maze = MazeParser.Parse(text, "no-start.txt");
            Assert.IsFalse(maze.HasStart);
            Assert.AreEqual(-1, maze.StartRow);

            MazeValidator.Validate(maze, 1, 1); // does not throw
            GridMaze started = MazeValidator.WithValidatedStart(maze, 1, 4);
            Assert.IsTrue(started.HasStart);
            Assert.AreEqual(1, started.StartRow);
            Assert.AreEqual(4, started.StartCol);
            Assert.IsFalse(maze.HasStart, "WithStart returns a new maze; the original is unchanged");

            MazeFormatException error = null;
            try
            {
                MazeValidator.RequireStart(maze);
            }
            catch (MazeFormatException e)
            {
                error = e;
            }

            Assert.IsNotNull(error);
            MazeTestText.CheckError(error, "no-start.txt", 0, "no start", "'S'", "#! start_rc0: row,col");
        }

        [TestMethod]
        public void NameFromSource_StripsDirectoryAndExtension()
        {
            Assert.AreEqual("maze-a", MazeParser.NameFromSource("maze-a.txt"));
            Assert.AreEqual("maze-a", MazeParser.NameFromSource("/data/mazes/maze-a.txt"));
            Assert.AreEqual("maze.v2", MazeParser.NameFromSource("C:\\mazes\\maze.v2.txt"));
            Assert.AreEqual("B", MazeParser.NameFromSource("B"));
            Assert.AreEqual(".txt", MazeParser.NameFromSource(".txt"));
        }
    }
}
