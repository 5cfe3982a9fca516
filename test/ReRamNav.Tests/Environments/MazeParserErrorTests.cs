using System;
using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    /// <summary>
    /// Every kind of bad maze input must give a MazeFormatException naming the file, the line
    /// (0 when no single line is at fault) and what was expected.
    /// </summary>
    [TestClass]
    public class MazeParserErrorTests
    {
        [TestMethod]
        public void EmptyFile_Line0()
        {
            MazeTestText.ExpectParseError("", "empty.txt", 0, "file is empty", "'#' wall");
            MazeTestText.ExpectParseError("\r\n\n  \n", "blank.txt", 0, "file is empty");
        }

        [TestMethod]
        public void OnlyMetadata_NoGridLines_Line0()
        {
            MazeTestText.ExpectParseError(MazeTestText.Lines("#! start_rc0: 1,1", "#! title: x"), "meta-only.txt", 0,
                "no grid lines", "3..255");
        }

        [TestMethod]
        public void RaggedLine_NamesLineAndBothWidths()
        {
            string text = MazeTestText.Lines(
                "#! title: ragged",
                "#####",
                "#S..#",
                "#..G",
                "#####");
            MazeTestText.ExpectParseError(text, "maze-a.txt", 4,
                "line has 4 cells, expected 5", "every grid line must be as wide as the first, line 2");
        }

        [TestMethod]
        public void UnknownCharacter_NamesCharacterColumnAndAllowedSet()
        {
            string text = MazeTestText.Lines(
                "#####",
                "#S..#",
                "#.x.#",
                "#..G#",
                "#####");
            MazeTestText.ExpectParseError(text, "bad-char.txt", 3,
                "unknown character 'x'", "character 3 (col 2)", "'#' wall, '.' free, 'G' goal, 'S' start");

            string withSpace = MazeTestText.Lines("#####", "#S. #", "#..G#", "#####");
            MazeTestText.ExpectParseError(withSpace, "space.txt", 2, "' ' (space)", "character 4 (col 3)");

            string lowercase = MazeTestText.Lines("#####", "#S..#", "#..g#", "#####");
            MazeTestText.ExpectParseError(lowercase, "lower.txt", 3, "'g'");
        }

        [TestMethod]
        public void NoGoal_Line0_SaysHowToMarkOne()
        {
            string text = MazeTestText.Lines("#####", "#S..#", "#...#", "#####");
            MazeTestText.ExpectParseError(text, "no-goal.txt", 0, "no goal", "'G'", "goal_rc0");
        }

        [TestMethod]
        public void StartRc0OnWall_NamesItsLine()
        {
            string text = MazeTestText.Lines("#! title: t", "#! start_rc0: 0,2", "#####", "#...#", "#..G#", "#####");
            MazeTestText.ExpectParseError(text, "wall-start.txt", 2, "start_rc0 (0,2) is a wall");
        }

        [TestMethod]
        public void StartRc0OutOfRange_NamesItsLineAndTheLimits()
        {
            string text = MazeTestText.Lines("#! start_rc0: 4,1", "#####", "#...#", "#..G#", "#####");
            MazeTestText.ExpectParseError(text, "far-start.txt", 1,
                "start_rc0 (4,1) is outside the 4x5 grid", "rows 0..3, cols 0..4");
        }

        [TestMethod]
        public void StartRc0OnGoal_IsRejected()
        {
            string text = MazeTestText.Lines("#! start_rc0: 2,3", "#####", "#...#", "#..G#", "#####");
            MazeTestText.ExpectParseError(text, "goal-start.txt", 1, "is a goal cell");
        }

        [TestMethod]
        public void MalformedStartRc0_NamesValueAndExpectedForm()
        {
            string[] badValues = { "3", "a,b", "3,4,5", "-1,2", "", "1;2", "1,", "123456,1" };
            foreach (string value in badValues)
            {
                string text = MazeTestText.Lines("#! title: t", "#! start_rc0: " + value, "#####", "#...#", "#..G#", "#####");
                MazeTestText.ExpectParseError(text, "bad-start.txt", 2,
                    "start_rc0 value '" + value + "' is not 'row,col'", "e.g. '#! start_rc0: 3,27'");
            }
        }

        [TestMethod]
        public void SecondStartRc0_IsRejected()
        {
            string text = MazeTestText.Lines("#! start_rc0: 1,1", "#! start_rc0: 1,2", "#####", "#...#", "#..G#", "#####");
            MazeTestText.ExpectParseError(text, "two-meta.txt", 2, "second 'start_rc0' line", "line 1");
        }

        [TestMethod]
        public void StartRc0DisagreeingWithS_NamesBothPlaces()
        {
            string text = MazeTestText.Lines("#! start_rc0: 1,2", "#####", "#S..#", "#..G#", "#####");
            MazeTestText.ExpectParseError(text, "disagree.txt", 1,
                "start_rc0 (1,2) disagrees with the 'S' at (1,1) on line 3");
        }

        [TestMethod]
        public void TwoS_NamesBoth()
        {
            string text = MazeTestText.Lines("#####", "#S..#", "#..S#", "#..G#", "#####");
            MazeTestText.ExpectParseError(text, "two-s.txt", 3, "second 'S' at (2,3)", "first is at (1,1) on line 2");
        }

        [TestMethod]
        public void GoalUnreachableFromStart_Line0()
        {
            // The goal (3,5) is boxed in by walls on all 8 sides.
            string text = MazeTestText.Lines(
                "########",
                "#S.....#",
                "#...####",
                "#...#G##",
                "#...####",
                "########");
            MazeTestText.ExpectParseError(text, "sealed.txt", 0, "no goal cell can be reached from the 'S' start (1,1)");
        }

        [TestMethod]
        public void GridTooSmallOrTooLarge_StatesTheLimits()
        {
            MazeTestText.ExpectParseError(MazeTestText.Lines("#! t: x", "#SG#", "####"), "short.txt", 0,
                "grid has 2 lines (from line 2)", "3..255 cells high");
            MazeTestText.ExpectParseError(MazeTestText.Lines("SG", "..", ".."), "narrow.txt", 1,
                "grid line has 2 cells", "3..255 cells wide");
            MazeTestText.ExpectParseError(MazeTestText.Lines(new string('.', 256)), "wide.txt", 1,
                "grid line has 256 cells", "3..255 cells wide");

            string[] tall = new string[257];
            tall[0] = "#! title: tall";
            for (int i = 1; i < tall.Length; i++)
            {
                tall[i] = i == 2 ? "SG." : "...";
            }

            MazeTestText.ExpectParseError(MazeTestText.Lines(tall), "tall.txt", 257, "more than 255 lines");

            // Exactly at the limits is fine.
            string[] largest = new string[255];
            for (int i = 0; i < largest.Length; i++)
            {
                largest[i] = new string('.', 255);
            }

            largest[0] = "S" + new string('.', 253) + "G";
            GridMaze big = MazeParser.Parse(MazeTestText.Lines(largest), "largest.txt");
            Assert.AreEqual(255, big.Rows);
            Assert.AreEqual(255, big.Cols);
            Assert.AreEqual(254, ShortestPath.Moves(big, 0, 0));
            Assert.AreEqual(3, MazeParser.Parse(MazeTestText.Lines("S..", "...", "..G"), "smallest.txt").Rows);
        }

        [TestMethod]
        public void MetadataInsideGrid_And_TextAfterGridEnd_AreRejected()
        {
            string metaInside = MazeTestText.Lines("#####", "#S..#", "#! start_rc0: 1,1", "#..G#", "#####");
            MazeTestText.ExpectParseError(metaInside, "meta-inside.txt", 3, "metadata line inside the grid", "line 1");

            string gap = MazeTestText.Lines("#####", "#S..#", "", "#..G#", "#####");
            MazeTestText.ExpectParseError(gap, "gap.txt", 4, "text after the end of the grid", "blank line 3");
        }

        [TestMethod]
        public void BadGoalRc0Entries_NameTheirLine()
        {
            string grid = MazeTestText.Lines("#####", "#S..#", "#..G#", "#####");
            MazeTestText.ExpectParseError("#! goal_rc0: 2,3 x\n" + grid, "goal-syntax.txt", 1, "goal_rc0 entry 'x' is not 'row,col'");
            MazeTestText.ExpectParseError("#! a: b\n#! goal_rc0:\n" + grid, "goal-empty.txt", 2, "goal_rc0 has no entries");
            MazeTestText.ExpectParseError("#! goal_rc0: 0,0\n" + grid, "goal-wall.txt", 1, "goal_rc0 (0,0) is a wall");
            MazeTestText.ExpectParseError("#! goal_rc0: 9,1\n" + grid, "goal-out.txt", 1, "goal_rc0 (9,1) is outside the 4x5 grid");
            MazeTestText.ExpectParseError("#! goal_rc0: 1,1\n" + grid, "goal-start.txt", 1, "goal_rc0 (1,1) is the 'S' start cell");
        }

        [TestMethod]
        public void Validator_CallerStartProblems_NameTheSourceWithLine0()
        {
            string text = MazeTestText.Lines(
                "#######",
                "#.....#",
                "#.#####",
                "#.#.G.#",
                "#######");
            GridMaze maze = MazeParser.Parse(text, "dir/caller.txt");
            Assert.IsFalse(maze.HasStart);

            CheckValidatorError(maze, 9, 9, "start (9,9) is outside the 5x7 grid");
            CheckValidatorError(maze, 2, 2, "start (2,2) is a wall");
            CheckValidatorError(maze, 3, 4, "start (3,4) is a goal cell");
            CheckValidatorError(maze, 1, 1, "no goal cell can be reached from the start (1,1)");
            MazeValidator.Validate(maze, 3, 3); // next to the goal: fine
            Assert.ThrowsExactly<ArgumentNullException>(() => MazeValidator.Validate(null, 1, 1));
        }

        private static void CheckValidatorError(GridMaze maze, int row, int col, string fragment)
        {
            MazeFormatException error = null;
            try
            {
                MazeValidator.Validate(maze, row, col);
            }
            catch (MazeFormatException e)
            {
                error = e;
            }

            Assert.IsNotNull(error, "start (" + row + "," + col + ") should be rejected");
            MazeTestText.CheckError(error, "dir/caller.txt", 0, fragment);
        }
    }
}
