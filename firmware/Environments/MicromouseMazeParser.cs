using System;
using System.Collections;

namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// Reads micromouse contest maze files (the "mazefiles" text drawing, docs/formats.md,
    /// "Micromouse maze files") into a <see cref="GridMaze"/>. An N x N cell maze is drawn in 2N+1
    /// non-blank lines of 4N+1 characters: post lines ('o' posts, "---" or "   " between them) and
    /// cell lines ('|' or ' ' in the post columns, a 3-character cell interior that may hold 'S' or
    /// 'G'). Cell (x, y) counts y from the bottom.
    /// The maze becomes a (2N+1) x (2N+1) grid in which every text element is one grid cell:
    /// non-blank line i is grid row i, the post column 4k is grid column 2k and the interior
    /// 4k+1..4k+3 is grid column 2k+1. So cell (x, y) is grid (2*(N-1-y)+1, 2x+1), a wall segment
    /// is the wall cell between two cell centres, an open segment is a free cell, and every post is
    /// a wall. The agent's 8 moves on this grid never cross a wall of the drawing (a diagonal step
    /// always has a free cell centre on one side and a post on the other), so the grid connects
    /// exactly the cells the drawing connects.
    /// Start: the 'S' cell, or the bottom-left cell (0,0) when none is marked. Goal: the 'G' cells
    /// plus the open segments between two of them; a 16x16 maze without 'G' gets the classic central
    /// 2x2 (7,7) (8,7) (7,8) (8,8).
    /// Every problem is a <see cref="MazeFormatException"/> naming the source, the 1-based line,
    /// the 1-based column and what was expected. Runs once per maze, never per step.
    /// </summary>
    public static class MicromouseMazeParser
    {
        /// <summary>Smallest N: a 1x1 "maze" has no start distinct from its goal.</summary>
        public const int MinCells = 2;

        /// <summary>Largest N: the grid side 2N+1 must fit <see cref="GridMaze.MaxSide"/> (255).</summary>
        public const int MaxCells = (GridMaze.MaxSide - 1) / 2;

        /// <summary>N of the classic contest maze, whose goal is the central 2x2 when none is marked.</summary>
        public const int ClassicCells = 16;

        /// <summary>The characters of the format, as listed in error messages.</summary>
        public const string AllowedCharacters = "'o' post, '-' horizontal wall, '|' vertical wall, ' ' no wall, 'S' start, 'G' goal";

        private static readonly char[] LineSeparator = new char[] { '\n' };
        private static readonly char[] TrailingWhitespace = new char[] { '\r', ' ', '\t' };

        /// <summary>
        /// True when the first non-blank line starts with 'o' and holds only 'o', '-' and spaces: the
        /// top border of a micromouse drawing. No maze text file can start so (its lines are made of
        /// '#', '.', 'G', 'S' or start with '#!'), so the choice of parser is never ambiguous.
        /// </summary>
        public static bool LooksLikeMicromouse(string text)
        {
            if (text == null)
            {
                return false;
            }

            int length = text.Length;
            int i = 0;
            if (length > 0 && text[0] == '\uFEFF')
            {
                i = 1;
            }

            while (i < length)
            {
                // One line: skip it if blank, otherwise decide on it.
                int end = text.IndexOf('\n', i);
                if (end < 0)
                {
                    end = length;
                }

                int last = end - 1;
                while (last >= i && (text[last] == '\r' || text[last] == ' ' || text[last] == '\t'))
                {
                    last--;
                }

                if (last >= i)
                {
                    if (text[i] != 'o')
                    {
                        return false;
                    }

                    for (int k = i; k <= last; k++)
                    {
                        char c = text[k];
                        if (c != 'o' && c != '-' && c != ' ')
                        {
                            return false;
                        }
                    }

                    return true;
                }

                i = end + 1;
            }

            return false;
        }

        /// <summary>
        /// Parses a micromouse maze. sourceName is used in error messages as given and, without
        /// directory and extension, as the maze's Name (as for <see cref="MazeParser"/>).
        /// </summary>
        public static GridMaze Parse(string text, string sourceName)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            string source = sourceName == null || sourceName.Length == 0 ? "(unnamed)" : sourceName;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            // Blank lines are skipped anywhere (upstream files sometimes end with one); trailing
            // spaces, tabs and '\r' are dropped because the last meaningful character of every line is a
            // post or the east border, never a space.
            string[] rawLines = text.Split(LineSeparator);
            ArrayList lines = new ArrayList();
            ArrayList lineNumbers = new ArrayList();
            for (int i = 0; i < rawLines.Length; i++)
            {
                string line = rawLines[i].TrimEnd(TrailingWhitespace);
                if (line.Length > 0)
                {
                    lines.Add(line);
                    lineNumbers.Add(i + 1);
                }
            }

            int lineCount = lines.Count;
            if (lineCount == 0)
            {
                throw new MazeFormatException(source, 0,
                    "file is empty; expected a micromouse maze: 2N+1 lines of 4N+1 characters (" + AllowedCharacters + ")");
            }

            int cellsPerSide = CheckLineCount(lines, lineNumbers, source);
            int side = 2 * cellsPerSide + 1;
            int width = 4 * cellsPerSide + 1;
            byte[] cells = new byte[side * side];

            // Interior marks, collected first so that the goal openings can be decided afterwards.
            bool[] goalCell = new bool[cellsPerSide * cellsPerSide];
            int goalCellCount = 0;
            int startX = -1;
            int startY = -1;
            int startLine = 0;

            for (int row = 0; row < side; row++)
            {
                string line = (string)lines[row];
                int lineNumber = (int)lineNumbers[row];
                CheckCharacters(line, lineNumber, source);
                CheckWidth(line, lineNumber, row, width, cellsPerSide, lineCount, source);
                bool postLine = (row & 1) == 0;
                bool border = row == 0 || row == side - 1;
                for (int col = 0; col < side; col++)
                {
                    int index = row * side + col;
                    if (postLine)
                    {
                        if ((col & 1) == 0)
                        {
                            ExpectPost(line, lineNumber, 2 * col, source);
                            cells[index] = MazeCell.Wall;
                        }
                        else
                        {
                            int x = (col - 1) / 2;
                            bool wall = ReadSegment(line, lineNumber, 2 * col - 1, source);
                            if (border && !wall)
                            {
                                throw new MazeFormatException(source, lineNumber,
                                    "missing outer wall at columns " + (2 * col).ToString() + "-" + (2 * col + 2).ToString() + ": the " + (row == 0 ? "north" : "south") + " border of cell (" + x.ToString() + "," + (row == 0 ? cellsPerSide - 1 : 0).ToString() + ") must be '---'; the maze is closed all round");
                            }

                            cells[index] = wall ? MazeCell.Wall : MazeCell.Free;
                        }
                    }
                    else
                    {
                        int y = cellsPerSide - 1 - (row - 1) / 2;
                        if ((col & 1) == 0)
                        {
                            bool wall = ReadVerticalWall(line, lineNumber, 2 * col, source);
                            if ((col == 0 || col == side - 1) && !wall)
                            {
                                int x = col == 0 ? 0 : cellsPerSide - 1;
                                throw new MazeFormatException(source, lineNumber,
                                    "missing outer wall at column " + (2 * col + 1).ToString() + ": the " + (col == 0 ? "west" : "east") + " border of cell (" + x.ToString() + "," + y.ToString() + ") must be '|'; the maze is closed all round");
                            }

                            cells[index] = wall ? MazeCell.Wall : MazeCell.Free;
                        }
                        else
                        {
                            int x = (col - 1) / 2;
                            char mark = ReadInterior(line, lineNumber, 2 * col - 1, x, y, source);
                            cells[index] = MazeCell.Free;
                            if (mark == 'G')
                            {
                                goalCell[y * cellsPerSide + x] = true;
                                goalCellCount++;
                            }
                            else if (mark == 'S')
                            {
                                if (startX >= 0)
                                {
                                    throw new MazeFormatException(source, lineNumber,
                                        "second 'S' at cell (" + x.ToString() + "," + y.ToString() + "), column " + (2 * col + 1).ToString() + "; the first is cell (" + startX.ToString() + "," + startY.ToString() + ") on line " + startLine.ToString() + "; a maze has one start");
                                }

                                startX = x;
                                startY = y;
                                startLine = lineNumber;
                            }
                        }
                    }
                }
            }

            if (goalCellCount == 0)
            {
                if (cellsPerSide != ClassicCells)
                {
                    throw new MazeFormatException(source, 0,
                        "no goal: mark the goal cells ' G ' (only a " + ClassicCells.ToString() + "x" + ClassicCells.ToString() + " classic maze defaults to the central 2x2; this one is " + cellsPerSide.ToString() + "x" + cellsPerSide.ToString() + ")");
                }

                int low = ClassicCells / 2 - 1;
                for (int y = low; y <= low + 1; y++)
                {
                    for (int x = low; x <= low + 1; x++)
                    {
                        goalCell[y * cellsPerSide + x] = true;
                    }
                }
            }

            MarkGoals(cells, side, cellsPerSide, goalCell);

            if (startX < 0)
            {
                // Contest rule: the mouse starts in the bottom-left corner.
                startX = 0;
                startY = 0;
                if (goalCell[0])
                {
                    throw new MazeFormatException(source, 0,
                        "no start: no cell is marked ' S ' and the default start, the bottom-left cell (0,0), is a goal; mark the start cell ' S '");
                }
            }
            else if (goalCell[startY * cellsPerSide + startX])
            {
                throw new MazeFormatException(source, startLine,
                    "the 'S' cell (" + startX.ToString() + "," + startY.ToString() + ") is also a goal cell; the start must not be a goal");
            }

            GridMaze maze = new GridMaze(MazeParser.NameFromSource(source), source, side, side, cells, false, -1, -1, false);
            int startRow = GridRowOfCell(cellsPerSide, startY);
            int startCol = GridColOfCell(startX);
            MazeValidator.CheckStart(maze, startRow, startCol, startLine,
                "start cell (" + startX.ToString() + "," + startY.ToString() + ") = grid");
            return maze.WithStart(startRow, startCol);
        }

        /// <summary>Grid row of the centre of cells in row y (y counted from the bottom).</summary>
        public static int GridRowOfCell(int cellsPerSide, int y)
        {
            return 2 * (cellsPerSide - 1 - y) + 1;
        }

        /// <summary>Grid column of the centre of cells in column x.</summary>
        public static int GridColOfCell(int x)
        {
            return 2 * x + 1;
        }

        /// <summary>N from the number of non-blank lines (2N+1), with a hint from the first line's width.</summary>
        private static int CheckLineCount(ArrayList lines, ArrayList lineNumbers, string source)
        {
            int lineCount = lines.Count;
            int firstWidth = ((string)lines[0]).Length;
            string widthHint = "";
            int widthCells = -1;
            if (firstWidth % 4 == 1 && firstWidth >= 4 * MinCells + 1)
            {
                // The top border says how wide the maze is; a count that disagrees is a lost or extra line.
                widthCells = (firstWidth - 1) / 4;
                widthHint = "; the first line (line " + ((int)lineNumbers[0]).ToString() + ") is " + firstWidth.ToString() + " characters wide, a maze " + widthCells.ToString() + " cells wide, which needs " + (2 * widthCells + 1).ToString() + " lines";
            }

            if ((lineCount & 1) == 0)
            {
                throw new MazeFormatException(source, 0,
                    "the maze has " + lineCount.ToString() + " non-blank lines, an even number; an N x N micromouse maze has 2N+1 (N = " + MinCells.ToString() + ".." + MaxCells.ToString() + ": post lines and cell lines alternate, first and last are post lines)" + widthHint);
            }

            int cellsPerSide = (lineCount - 1) / 2;
            if (cellsPerSide < MinCells || cellsPerSide > MaxCells)
            {
                throw new MazeFormatException(source, 0,
                    "the maze has " + lineCount.ToString() + " non-blank lines, which is N = " + cellsPerSide.ToString() + " cells a side; expected 2N+1 lines with N = " + MinCells.ToString() + ".." + MaxCells.ToString() + " (the grid of 2N+1 rows must fit " + GridMaze.MaxSide.ToString() + ")" + widthHint);
            }

            if (widthCells >= 0 && widthCells != cellsPerSide)
            {
                throw new MazeFormatException(source, 0,
                    "the maze has " + lineCount.ToString() + " non-blank lines, which is N = " + cellsPerSide.ToString() + " cells a side (2N+1 lines)" + widthHint + "; a line is missing or extra");
            }

            return cellsPerSide;
        }

        private static void CheckWidth(string line, int lineNumber, int row, int width, int cellsPerSide, int lineCount, string source)
        {
            if (line.Length == width)
            {
                return;
            }

            bool postLine = (row & 1) == 0;
            throw new MazeFormatException(source, lineNumber,
                "line has " + line.Length.ToString() + " characters (trailing spaces ignored), expected " + width.ToString() + " = 4N+1 for N = " + cellsPerSide.ToString() + " (from the " + lineCount.ToString() + " non-blank lines); "
                + (postLine
                    ? "a post line is " + (cellsPerSide + 1).ToString() + " posts 'o' with '---' or '   ' between them, ending with a post"
                    : "a cell line ends with the east outer wall '|' at column " + width.ToString()));
        }

        private static void CheckCharacters(string line, int lineNumber, string source)
        {
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (c != 'o' && c != '-' && c != '|' && c != ' ' && c != 'S' && c != 'G')
                {
                    throw new MazeFormatException(source, lineNumber,
                        "unknown character " + MazeParser.DescribeCharacter(c) + " at column " + (i + 1).ToString() + "; allowed: " + AllowedCharacters);
                }
            }
        }

        private static void ExpectPost(string line, int lineNumber, int position, string source)
        {
            if (line[position] != 'o')
            {
                throw new MazeFormatException(source, lineNumber,
                    "post missing at column " + (position + 1).ToString() + ": found " + MazeParser.DescribeCharacter(line[position]) + ", expected 'o' (every post is drawn, at columns 1, 5, 9, ... of a post line)");
            }
        }

        /// <summary>True for "---", false for "   "; anything else is an error.</summary>
        private static bool ReadSegment(string line, int lineNumber, int position, string source)
        {
            char a = line[position];
            char b = line[position + 1];
            char c = line[position + 2];
            if (a == '-' && b == '-' && c == '-')
            {
                return true;
            }

            if (a == ' ' && b == ' ' && c == ' ')
            {
                return false;
            }

            throw new MazeFormatException(source, lineNumber,
                "wall segment '" + line.Substring(position, 3) + "' at columns " + (position + 1).ToString() + "-" + (position + 3).ToString() + " is neither '---' (wall) nor '   ' (no wall)");
        }

        /// <summary>True for '|', false for ' '; anything else is an error.</summary>
        private static bool ReadVerticalWall(string line, int lineNumber, int position, string source)
        {
            char c = line[position];
            if (c == '|')
            {
                return true;
            }

            if (c == ' ')
            {
                return false;
            }

            throw new MazeFormatException(source, lineNumber,
                "found " + MazeParser.DescribeCharacter(c) + " at column " + (position + 1).ToString() + ", expected '|' (wall) or ' ' (no wall): a cell line has a wall or a gap in every post column (1, 5, 9, ...)");
        }

        /// <summary>
        /// The cell interior (3 characters): blank, or one 'S' or 'G' (drawn " S " / " G "; the
        /// letter is accepted in any of the three places, since hand-edited files are not always
        /// centred). Returns ' ', 'S' or 'G'.
        /// </summary>
        private static char ReadInterior(string line, int lineNumber, int position, int x, int y, string source)
        {
            char mark = ' ';
            for (int k = 0; k < 3; k++)
            {
                char c = line[position + k];
                if (c == ' ')
                {
                    continue;
                }

                if ((c == 'S' || c == 'G') && mark == ' ')
                {
                    mark = c;
                    continue;
                }

                throw new MazeFormatException(source, lineNumber,
                    "cell (" + x.ToString() + "," + y.ToString() + ") at columns " + (position + 1).ToString() + "-" + (position + 3).ToString() + " holds '" + line.Substring(position, 3) + "'; a cell interior is '   ', ' S ' (start) or ' G ' (goal)");
            }

            return mark;
        }

        /// <summary>
        /// Goal cell centres become goals, and so do the open segments between two goal cells, so that
        /// a path which enters the goal block counts as arrived wherever it crosses in.
        /// </summary>
        private static void MarkGoals(byte[] cells, int side, int cellsPerSide, bool[] goalCell)
        {
            for (int y = 0; y < cellsPerSide; y++)
            {
                for (int x = 0; x < cellsPerSide; x++)
                {
                    if (!goalCell[y * cellsPerSide + x])
                    {
                        continue;
                    }

                    int row = GridRowOfCell(cellsPerSide, y);
                    int col = GridColOfCell(x);
                    cells[row * side + col] = MazeCell.Goal;
                    if (x + 1 < cellsPerSide && goalCell[y * cellsPerSide + x + 1] && cells[row * side + col + 1] == MazeCell.Free)
                    {
                        cells[row * side + col + 1] = MazeCell.Goal;
                    }

                    if (y + 1 < cellsPerSide && goalCell[(y + 1) * cellsPerSide + x] && cells[(row - 1) * side + col] == MazeCell.Free)
                    {
                        cells[(row - 1) * side + col] = MazeCell.Goal;
                    }
                }
            }
        }
    }
}
