using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    /// <summary>
    /// Every kind of bad micromouse file gives a MazeFormatException naming the file, the 1-based line
    /// (0 when no single line is at fault), the column and what was expected. The texts go through
    /// MazeParser.Parse, so the format autodetection is exercised too.
    /// </summary>
    [TestClass]
    public class MicromouseMazeParserErrorTests
    {
        private static string[] Four() => (string[])MicromouseMazeParserTests.FourByFour.Clone();

        private static string Text(string[] lines) => MazeTestText.Lines(lines);

        [TestMethod]
        public void EmptyText_DirectCall_Line0()
        {
            MazeFormatException e = Expect(() => MicromouseMazeParser.Parse(" \r\n\n", "empty.txt"));
            MazeTestText.CheckError(e, "empty.txt", 0, "file is empty", "2N+1 lines of 4N+1 characters");
        }

        [TestMethod]
        public void RaggedLine_TooLong_NamesLineAndBothWidths()
        {
            string[] lines = Four();
            lines[3] = "|   |       |   | |";
            MazeTestText.ExpectParseError(Text(lines), "ragged.txt", 4, "line has 19 characters", "expected 17 = 4N+1 for N = 4");
        }

        [TestMethod]
        public void RaggedLine_ShortPostLine_SaysItEndsWithAPost()
        {
            string[] lines = Four();
            lines[4] = "o   o   o---o";
            MazeTestText.ExpectParseError(Text(lines), "short.txt", 5, "line has 13 characters", "expected 17", "5 posts 'o'");
        }

        [TestMethod]
        public void MissingEastOuterWall_CellLineEndsTooEarly()
        {
            string[] lines = Four();
            lines[5] = "|   |            ";
            MazeTestText.ExpectParseError(Text(lines), "east.txt", 6, "line has 5 characters (trailing spaces ignored)", "east outer wall '|' at column 17");
        }

        [TestMethod]
        public void MissingWestOuterWall()
        {
            string[] lines = Four();
            lines[5] = "    |           |";
            MazeTestText.ExpectParseError(Text(lines), "west.txt", 6, "missing outer wall at column 1", "west border of cell (0,1)");
        }

        [TestMethod]
        public void MissingNorthAndSouthOuterWalls()
        {
            string[] lines = Four();
            lines[0] = "o---o---o   o---o";
            MazeTestText.ExpectParseError(Text(lines), "north.txt", 1, "missing outer wall at columns 10-12", "north border of cell (2,3)", "'---'");
            lines = Four();
            lines[8] = "o---o   o---o---o";
            MazeTestText.ExpectParseError(Text(lines), "south.txt", 9, "missing outer wall at columns 6-8", "south border of cell (1,0)");
        }

        [TestMethod]
        public void WrongLineCount_Even()
        {
            string[] lines = Four();
            string text = Text(lines[..8]);
            MazeTestText.ExpectParseError(text, "even.txt", 0, "8 non-blank lines, an even number", "2N+1", "17 characters wide, a maze 4 cells wide, which needs 9 lines");
        }

        [TestMethod]
        public void WrongLineCount_OddButNotMatchingTheFirstLinesWidth()
        {
            // 7 lines = N 3, but the 17-character top border is a 4-cell maze: a line is lost.
            string[] lines = Four();
            MazeTestText.ExpectParseError(Text(lines[..7]), "seven.txt", 0, "7 non-blank lines, which is N = 3", "a maze 4 cells wide, which needs 9 lines", "a line is missing or extra");
            // When the top border does not say (a width that is not 4N+1), the lines are ragged.
            lines = Four();
            lines[0] += "-";
            MazeTestText.ExpectParseError(Text(lines), "top.txt", 1, "line has 18 characters", "expected 17 = 4N+1 for N = 4");
        }

        [TestMethod]
        public void WrongLineCount_NTooSmall()
        {
            MazeTestText.ExpectParseError(Text(new[] { "o---o", "| S |", "o---o" }), "one.txt", 0, "3 non-blank lines", "N = 1", "N = 2..127");
        }

        [TestMethod]
        public void WrongLineCount_NTooLarge()
        {
            var d = new MicromouseMazeDrawing(128);
            MazeTestText.ExpectParseError(d.Text(), "huge.txt", 0, "257 non-blank lines", "N = 128", "N = 2..127", "must fit 255");
        }

        [TestMethod]
        public void Largest_N127_Parses()
        {
            var d = new MicromouseMazeDrawing(127);
            d.Goal[d.Index(126, 126)] = true;
            GridMaze maze = MazeParser.Parse(d.Text(), "max.txt");
            Assert.AreEqual(255, maze.Rows);
        }

        [TestMethod]
        public void PostMissing()
        {
            string[] lines = Four();
            lines[2] = "o   o--------   o";
            MazeTestText.ExpectParseError(Text(lines), "post.txt", 3, "post missing at column 9", "found '-'", "expected 'o'");
            lines = Four();
            lines[6] = "o   o---o---    o";
            MazeTestText.ExpectParseError(Text(lines), "post2.txt", 7, "post missing at column 13", "found ' ' (space)");
        }

        [TestMethod]
        public void UnknownCharacter_NamesCharacterColumnAndAllowedSet()
        {
            string[] lines = Four();
            lines[3] = "|   |   x   |   |";
            MazeTestText.ExpectParseError(Text(lines), "x.txt", 4, "unknown character 'x' at column 9", "allowed: 'o' post, '-' horizontal wall");
            lines = Four();
            lines[3] = "|   |\t      |   |";
            MazeTestText.ExpectParseError(Text(lines), "tab.txt", 4, "unknown character tab at column 6");
        }

        [TestMethod]
        public void WallSegmentNeitherDashesNorSpaces()
        {
            string[] lines = Four();
            lines[2] = "o   o- -o   o   o";
            MazeTestText.ExpectParseError(Text(lines), "seg.txt", 3, "wall segment '- -' at columns 6-8 is neither '---' (wall) nor '   ' (no wall)");
            lines = Four();
            lines[2] = "o   o-|-o   o   o";
            MazeTestText.ExpectParseError(Text(lines), "seg2.txt", 3, "wall segment '-|-'");
        }

        [TestMethod]
        public void WrongCharacterInAPostColumnOfACellLine()
        {
            string[] lines = Four();
            lines[3] = "|   -       |   |";
            MazeTestText.ExpectParseError(Text(lines), "v.txt", 4, "found '-' at column 5, expected '|' (wall) or ' ' (no wall)");
            lines = Four();
            lines[3] = "|   o       |   |";
            MazeTestText.ExpectParseError(Text(lines), "v2.txt", 4, "found 'o' at column 5");
        }

        [TestMethod]
        public void BadCellInterior()
        {
            string[] lines = Four();
            lines[5] = "|   | SG        |";
            MazeTestText.ExpectParseError(Text(lines), "interior.txt", 6, "cell (1,1) at columns 6-8 holds ' SG'", "' S ' (start) or ' G ' (goal)");
            lines = Four();
            lines[5] = "|   |-          |";
            MazeTestText.ExpectParseError(Text(lines), "interior2.txt", 6, "cell (1,1) at columns 6-8 holds '-  '");
        }

        [TestMethod]
        public void SecondStart()
        {
            string[] lines = Four();
            lines[5] = "|   |     S     |";
            MazeTestText.ExpectParseError(Text(lines), "two-s.txt", 8, "second 'S' at cell (0,0), column 3", "the first is cell (2,1) on line 6");
        }

        [TestMethod]
        public void NoStart_DefaultCellIsAGoal()
        {
            string[] lines = Four();
            lines[7] = "| G             |";
            MazeTestText.ExpectParseError(Text(lines), "no-start.txt", 0, "no start", "bottom-left cell (0,0), is a goal", "mark the start cell ' S '");
        }

        [TestMethod]
        public void NoGoal_NotClassicSize()
        {
            string[] lines = Four();
            lines[1] = "|           |   |";
            MazeTestText.ExpectParseError(Text(lines), "no-goal.txt", 0, "no goal", "only a 16x16 classic maze defaults to the central 2x2; this one is 4x4");
        }

        [TestMethod]
        public void GoalUnreachable_FromTheStart()
        {
            string[] lines = Four();
            lines[2] = "o   o---o   o---o"; // closes (3,3) from below; (2,3)|(3,3) is already a wall
            MazeTestText.ExpectParseError(Text(lines), "shut.txt", 0, "no goal cell can be reached from the start cell (0,0) = grid (7,1)");
        }

        [TestMethod]
        public void GoalUnreachable_Classic16WithClosedCentre()
        {
            var d = new MicromouseMazeDrawing(16);
            for (int x = 7; x <= 8; x++) { d.NorthWall[d.Index(x, 6)] = true; d.NorthWall[d.Index(x, 8)] = true; }
            for (int y = 7; y <= 8; y++) { d.EastWall[d.Index(6, y)] = true; d.EastWall[d.Index(8, y)] = true; }
            MazeTestText.ExpectParseError(d.Text(), "closed.txt", 0, "no goal cell can be reached");
        }

        private static MazeFormatException Expect(Action parse)
        {
            try
            {
                parse();
            }
            catch (MazeFormatException e)
            {
                return e;
            }
            Assert.Fail("expected a MazeFormatException");
            return null;
        }
    }
}
