using ReRamNav.Firmware.Environments;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ReRamNav.Tests
{
    /// <summary>Micromouse maze files: the cell-to-grid mapping, defaults, line endings and format autodetection.</summary>
    [TestClass]
    public class MicromouseMazeParserTests
    {
        // Our own 4x4 test maze. Shortest route (0,0) E E E to (3,0), then N N N to the goal (3,3):
        // 6 cell moves; the west column leads to a dead end at (2,2)/(2,3).
        internal static readonly string[] FourByFour =
        {
            "o---o---o---o---o",
            "|           | G |",
            "o   o---o   o   o",
            "|   |       |   |",
            "o   o   o---o   o",
            "|   |           |",
            "o   o---o---o   o",
            "| S             |",
            "o---o---o---o---o",
        };

        [TestMethod]
        public void Parse_FourByFour_MapsCellsWallsPostsStartAndGoal()
        {
            GridMaze maze = MicromouseMazeParser.Parse(MazeTestText.Lines(FourByFour), "mazes/mm4.txt");

            Assert.AreEqual("mm4", maze.Name);
            Assert.AreEqual(9, maze.Rows);
            Assert.AreEqual(9, maze.Cols);
            // Start S = cell (0,0) = grid (2*(4-1-0)+1, 1) = (7,1).
            Assert.IsTrue(maze.HasStart);
            Assert.AreEqual(7, maze.StartRow);
            Assert.AreEqual(1, maze.StartCol);
            // Goal G = cell (3,3) = grid (1,7); one goal cell, nothing between goal cells.
            Assert.IsTrue(maze.IsGoal(1, 7));
            Assert.AreEqual(1, maze.GoalCount);
            // Every post is a wall, every cell centre is free.
            for (int r = 0; r < 9; r += 2)
                for (int c = 0; c < 9; c += 2)
                    Assert.IsTrue(maze.IsWall(r, c), $"post ({r},{c})");
            for (int r = 1; r < 9; r += 2)
                for (int c = 1; c < 9; c += 2)
                    Assert.IsFalse(maze.IsWall(r, c), $"cell centre ({r},{c})");
            // Line 2 "o   o---o   o   o": north of (1,2) is a wall, north of (0,2) is open.
            Assert.IsTrue(maze.IsWall(2, 3));
            Assert.IsFalse(maze.IsWall(2, 1));
            // Line 2 (grid row 1) "|           | G |": wall between (2,3) and (3,3) at char 12 = grid col 6.
            Assert.IsTrue(maze.IsWall(1, 6));
            Assert.IsFalse(maze.IsWall(1, 4));
            // The border is wall all round.
            for (int i = 0; i < 9; i++)
            {
                Assert.IsTrue(maze.IsWall(0, i) && maze.IsWall(8, i) && maze.IsWall(i, 0) && maze.IsWall(i, 8), $"border at {i}");
            }
        }

        [TestMethod]
        public void Parse_FourByFour_ShortestPathIs11GridMovesFor6CellMoves()
        {
            GridMaze maze = MicromouseMazeParser.Parse(MazeTestText.Lines(FourByFour), "mm4.txt");
            // 6 cell moves = 12 orthogonal grid moves; the turn at (3,0) is cut by one diagonal step
            // from the opening (7,6) to the opening (6,7).
            Assert.AreEqual(11, ShortestPath.Moves(maze, maze.StartRow, maze.StartCol));
            int[] path = ShortestPath.PathCells(maze, maze.StartRow, maze.StartCol);
            CollectionAssert.Contains(path, 7 * 9 + 6);
            CollectionAssert.Contains(path, 6 * 9 + 7);
        }

        [TestMethod]
        public void Parse_CrlfTrailingSpacesAndBlankLines_GiveTheSameMaze()
        {
            GridMaze plain = MicromouseMazeParser.Parse(MazeTestText.Lines(FourByFour), "a.txt");
            string crlf = string.Join("\r\n", FourByFour) + "\r\n";
            string padded = "\n\n" + string.Join("   \n", FourByFour) + "  \n\n\n";
            string crlfPadded = "\uFEFF" + string.Join("  \r\n", FourByFour);
            string tabs = string.Join(" \t\n", FourByFour) + "\t";
            foreach (string text in new[] { crlf, padded, crlfPadded, tabs })
            {
                GridMaze other = MicromouseMazeParser.Parse(text, "b.txt");
                AssertSameCells(plain, other);
                Assert.AreEqual(plain.StartRow, other.StartRow);
                Assert.AreEqual(plain.StartCol, other.StartCol);
            }
        }

        [TestMethod]
        public void Parse_BlankLineInsideTheDrawing_IsSkippedAndLaterLinesKeepTheirNumbers()
        {
            var lines = new List<string>(FourByFour);
            lines.Insert(3, "");
            GridMaze maze = MicromouseMazeParser.Parse(MazeTestText.Lines(lines.ToArray()), "gap.txt");
            AssertSameCells(MicromouseMazeParser.Parse(MazeTestText.Lines(FourByFour), "a.txt"), maze);

            // An error after the blank line names the line as an editor numbers it.
            lines[8] = "| S       x     |";
            MazeTestText.ExpectParseError(MazeTestText.Lines(lines.ToArray()), "gap.txt", 9, "unknown character 'x' at column 11");
        }

        [TestMethod]
        public void Parse_NoStartMark_StartsBottomLeft()
        {
            string[] lines = (string[])FourByFour.Clone();
            lines[7] = "|               |";
            GridMaze maze = MicromouseMazeParser.Parse(MazeTestText.Lines(lines), "nostart.txt");
            Assert.AreEqual(7, maze.StartRow);
            Assert.AreEqual(1, maze.StartCol);
        }

        [TestMethod]
        public void Parse_StartElsewhere_UsesTheSCell()
        {
            string[] lines = (string[])FourByFour.Clone();
            lines[7] = "|               |";
            lines[3] = "| S |       |   |"; // cell (0,2)
            GridMaze maze = MicromouseMazeParser.Parse(MazeTestText.Lines(lines), "s.txt");
            Assert.AreEqual(3, maze.StartRow);
            Assert.AreEqual(1, maze.StartCol);
        }

        [TestMethod]
        public void Parse_Classic16WithoutG_GoalIsTheCentral2x2AndTheOpeningsInsideIt()
        {
            var d = new MicromouseMazeDrawing(16); // no interior walls, no 'G'
            GridMaze maze = MicromouseMazeParser.Parse(d.Text(), "open16.txt");
            Assert.AreEqual(33, maze.Rows);
            // Cells (7,7) (8,7) (7,8) (8,8) -> grid rows 17/15, cols 15/17.
            foreach (var (r, c) in new[] { (17, 15), (17, 17), (15, 15), (15, 17) }) Assert.IsTrue(maze.IsGoal(r, c), $"goal centre ({r},{c})");
            // The four open segments between them are goals too; the central post stays a wall.
            foreach (var (r, c) in new[] { (17, 16), (15, 16), (16, 15), (16, 17) }) Assert.IsTrue(maze.IsGoal(r, c), $"goal opening ({r},{c})");
            Assert.IsTrue(maze.IsWall(16, 16));
            Assert.AreEqual(8, maze.GoalCount);
            Assert.IsFalse(maze.IsGoal(17, 13), "(6,7) is not a goal");
        }

        [TestMethod]
        public void Parse_MarkedGoalBlock_WallInsideTheBlockStaysAWall()
        {
            var d = new MicromouseMazeDrawing(4);
            d.Goal[d.Index(2, 2)] = d.Goal[d.Index(3, 2)] = d.Goal[d.Index(2, 3)] = d.Goal[d.Index(3, 3)] = true;
            d.EastWall[d.Index(2, 3)] = true; // between (2,3) and (3,3)
            GridMaze maze = MicromouseMazeParser.Parse(d.Text(), "goal-block.txt");
            Assert.IsTrue(maze.IsWall(1, 6), "the wall between two goal cells");
            Assert.IsTrue(maze.IsGoal(3, 6), "the opening between (2,2) and (3,2)");
            Assert.AreEqual(4 + 3, maze.GoalCount);
        }

        [TestMethod]
        public void Parse_HalfSize32_ReadsNFromTheFileAndTheMarkedGoal()
        {
            var d = MicromouseMazeDrawing.Random(32, new Random(5), 20);
            d.Goal[d.Index(20, 3)] = true;
            // A sure route: along the bottom row to x = 20, then north to the goal.
            for (int x = 0; x < 31; x++) d.EastWall[d.Index(x, 0)] = false;
            for (int y = 0; y < 3; y++) d.NorthWall[d.Index(20, y)] = false;
            Assert.AreEqual(23, d.CellMovesToGoal(out _));
            GridMaze maze = MicromouseMazeParser.Parse(d.Text(), "half.txt");
            Assert.AreEqual(65, maze.Rows);
            Assert.AreEqual(1, maze.GoalCount);
            Assert.IsTrue(maze.IsGoal(2 * (31 - 3) + 1, 41));
        }

        [TestMethod]
        public void LooksLikeMicromouse_TopBorderOfPostsOnly()
        {
            Assert.IsTrue(MicromouseMazeParser.LooksLikeMicromouse(MazeTestText.Lines(FourByFour)));
            Assert.IsTrue(MicromouseMazeParser.LooksLikeMicromouse("\r\n  \no---o\r\n"), "after blank lines");
            Assert.IsTrue(MicromouseMazeParser.LooksLikeMicromouse("\uFEFFo---o   o\r\n| S |"), "BOM, CRLF, an open top segment (reported as a missing wall by the parser)");
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse("#####\n#S.G#\n#####\n"));
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse("#! title: o---o\n"));
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse(""));
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse("\n \n"));
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse(" o---o\n"), "must start with the post");
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse("o---x\n"));
            Assert.IsFalse(MicromouseMazeParser.LooksLikeMicromouse("|   |\no---o\n"));
        }

        [TestMethod]
        public void MazeParser_AutodetectsMicromouseFiles()
        {
            GridMaze viaMazeParser = MazeParser.Parse(string.Join("\r\n", FourByFour), "mazes/mm4.txt");
            AssertSameCells(MicromouseMazeParser.Parse(MazeTestText.Lines(FourByFour), "mm4.txt"), viaMazeParser);
            Assert.AreEqual("mm4", viaMazeParser.Name);
            Assert.AreEqual(7, viaMazeParser.StartRow);

            // A broken micromouse file is reported in micromouse terms, not as a bad '#' maze.
            string[] lines = (string[])FourByFour.Clone();
            lines[4] = "o   o   o-- o   o";
            MazeTestText.ExpectParseError(MazeTestText.Lines(lines), "broken.txt", 5, "wall segment '-- ' at columns 10-12 is neither '---' (wall) nor '   ' (no wall)");

            // The '#' format is untouched.
            GridMaze ascii = MazeParser.Parse(MazeTestText.Lines("#####", "#S.G#", "#####"), "a.txt");
            Assert.AreEqual(5, ascii.Cols);
        }

        internal static void AssertSameCells(GridMaze expected, GridMaze actual)
        {
            Assert.AreEqual(expected.Rows, actual.Rows);
            Assert.AreEqual(expected.Cols, actual.Cols);
            for (int i = 0; i < expected.CellCount; i++) Assert.AreEqual(expected.CellAtIndex(i), actual.CellAtIndex(i), $"cell index {i}");
        }
    }
}
