using System;
using System.Collections;

namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// Reads the project's maze text format (docs/formats.md, "Maze text format"):
    /// optional leading '#!' metadata lines "key: value", then one grid line per maze row with
    /// '#' wall, '.' free, 'G' goal and at most one 'S' start (a free cell).
    /// Known metadata keys: start_rc0 ("row,col", 0-based) and goal_rc0 ("row,col row,col ...");
    /// other keys are ignored so files can carry notes (title, source, schedule...).
    /// A start is optional here (HasStart = false when the text has none) because experiments often
    /// give the start themselves; they then call <see cref="MazeValidator.Validate"/>.
    /// When the text does give a start, it is fully checked, including that a goal is reachable.
    /// Every problem is a <see cref="MazeFormatException"/> naming the source, the line and what
    /// was expected. Parsing allocates freely; it runs once per maze, never per step.
    /// A text that <see cref="MicromouseMazeParser.LooksLikeMicromouse"/> is handed to
    /// <see cref="MicromouseMazeParser"/> instead (docs/formats.md, "Micromouse maze files").
    /// </summary>
    public static class MazeParser
    {
        /// <summary>The characters of a grid line, as listed in error messages.</summary>
        public const string AllowedCharacters = "'#' wall, '.' free, 'G' goal, 'S' start";

        private const string MetadataPrefix = "#!";
        private const string StartKey = "start_rc0";
        private const string GoalKey = "goal_rc0";

        /// <summary>Longest number accepted in a coordinate; longer ones cannot be inside a 255-cell side.</summary>
        private const int MaxCoordinateDigits = 5;

        private static readonly char[] LineSeparator = new char[] { '\n' };
        private static readonly char[] TrailingWhitespace = new char[] { '\r', ' ', '\t' };
        private static readonly char[] TokenSeparators = new char[] { ' ', '\t' };
        private static readonly char[] PathSeparators = new char[] { '/', '\\' };

        /// <summary>
        /// Parses a maze. sourceName is used in error messages as given (a path is fine) and, without
        /// directory and extension, as the maze's Name.
        /// </summary>
        public static GridMaze Parse(string text, string sourceName)
        {
            if (text == null)
            {
                throw new ArgumentNullException("text");
            }

            string source = sourceName == null || sourceName.Length == 0 ? "(unnamed)" : sourceName;

            // A UTF-8 byte order mark from a Windows editor is not part of the first line.
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text.Substring(1);
            }

            // Format autodetection: a micromouse drawing starts with its top border of posts, which no
            // maze text file can, so every caller of Parse accepts both formats.
            if (MicromouseMazeParser.LooksLikeMicromouse(text))
            {
                return MicromouseMazeParser.Parse(text, source);
            }

            string[] lines = text.Split(LineSeparator);

            bool hasMetadataStart = false;
            int metadataStartRow = 0;
            int metadataStartCol = 0;
            int metadataStartLine = 0;
            ArrayList goalEntries = new ArrayList(); // int[3] { row, col, lineNumber }
            bool sawMetadata = false;

            ArrayList gridLines = new ArrayList();
            int firstGridLine = 0;
            int width = 0;
            int gridEndBlankLine = 0;

            bool hasGridStart = false;
            int gridStartRow = 0;
            int gridStartCol = 0;
            int gridStartLine = 0;

            for (int i = 0; i < lines.Length; i++)
            {
                int lineNumber = i + 1;
                string line = lines[i].TrimEnd(TrailingWhitespace);
                bool blank = line.Length == 0;

                if (gridEndBlankLine > 0)
                {
                    if (!blank)
                    {
                        throw new MazeFormatException(source, lineNumber,
                            "text after the end of the grid (the grid ended with the blank line " + gridEndBlankLine.ToString() + "); grid lines must follow each other without blank lines");
                    }

                    continue;
                }

                if (line.StartsWith(MetadataPrefix))
                {
                    if (gridLines.Count > 0)
                    {
                        throw new MazeFormatException(source, lineNumber,
                            "'#!' metadata line inside the grid; metadata lines must all come before the first grid line (line " + firstGridLine.ToString() + ")");
                    }

                    sawMetadata = true;
                    int colon = line.IndexOf(':');
                    if (colon < 0)
                    {
                        // "#! free text" without a key: a comment.
                        continue;
                    }

                    string key = line.Substring(MetadataPrefix.Length, colon - MetadataPrefix.Length).Trim().ToLower();
                    string value = line.Substring(colon + 1).Trim();
                    if (key == StartKey)
                    {
                        if (hasMetadataStart)
                        {
                            throw new MazeFormatException(source, lineNumber,
                                "second '" + StartKey + "' line (the first is line " + metadataStartLine.ToString() + "); a maze has one start");
                        }

                        if (!TryParseCoordinates(value, out metadataStartRow, out metadataStartCol))
                        {
                            throw new MazeFormatException(source, lineNumber,
                                StartKey + " value '" + value + "' is not 'row,col' (two 0-based whole numbers, e.g. '#! " + StartKey + ": 3,27')");
                        }

                        hasMetadataStart = true;
                        metadataStartLine = lineNumber;
                    }
                    else if (key == GoalKey)
                    {
                        ParseGoalList(value, source, lineNumber, goalEntries);
                    }

                    continue;
                }

                if (blank)
                {
                    if (gridLines.Count > 0)
                    {
                        gridEndBlankLine = lineNumber;
                    }

                    continue;
                }

                // A grid line.
                if (gridLines.Count == 0)
                {
                    firstGridLine = lineNumber;
                    width = line.Length;
                    if (width < GridMaze.MinSide || width > GridMaze.MaxSide)
                    {
                        throw new MazeFormatException(source, lineNumber,
                            "grid line has " + width.ToString() + " cells; a maze is " + GridMaze.MinSide.ToString() + ".." + GridMaze.MaxSide.ToString() + " cells wide");
                    }
                }
                else if (line.Length != width)
                {
                    throw new MazeFormatException(source, lineNumber,
                        "line has " + line.Length.ToString() + " cells, expected " + width.ToString() + " (every grid line must be as wide as the first, line " + firstGridLine.ToString() + ")");
                }

                if (gridLines.Count == GridMaze.MaxSide)
                {
                    throw new MazeFormatException(source, lineNumber,
                        "grid has more than " + GridMaze.MaxSide.ToString() + " lines; a maze is " + GridMaze.MinSide.ToString() + ".." + GridMaze.MaxSide.ToString() + " cells high");
                }

                int row = gridLines.Count;
                for (int col = 0; col < width; col++)
                {
                    char c = line[col];
                    if (c == 'S')
                    {
                        if (hasGridStart)
                        {
                            throw new MazeFormatException(source, lineNumber,
                                "second 'S' at " + MazeValidator.Coordinates(row, col) + "; the first is at " + MazeValidator.Coordinates(gridStartRow, gridStartCol) + " on line " + gridStartLine.ToString() + "; a maze has one start");
                        }

                        hasGridStart = true;
                        gridStartRow = row;
                        gridStartCol = col;
                        gridStartLine = lineNumber;
                    }
                    else if (c != '#' && c != '.' && c != 'G')
                    {
                        throw new MazeFormatException(source, lineNumber,
                            "unknown character " + DescribeCharacter(c) + " at character " + (col + 1).ToString() + " (col " + col.ToString() + "); allowed: " + AllowedCharacters);
                    }
                }

                gridLines.Add(line);
            }

            int rows = gridLines.Count;
            if (rows == 0)
            {
                if (sawMetadata)
                {
                    throw new MazeFormatException(source, 0,
                        "no grid lines after the '#!' metadata; expected " + GridMaze.MinSide.ToString() + ".." + GridMaze.MaxSide.ToString() + " lines of " + AllowedCharacters);
                }

                throw new MazeFormatException(source, 0,
                    "file is empty; expected optional '#!' metadata lines, then " + GridMaze.MinSide.ToString() + ".." + GridMaze.MaxSide.ToString() + " grid lines of " + AllowedCharacters);
            }

            if (rows < GridMaze.MinSide)
            {
                throw new MazeFormatException(source, 0,
                    "grid has " + rows.ToString() + " lines (from line " + firstGridLine.ToString() + "); a maze is " + GridMaze.MinSide.ToString() + ".." + GridMaze.MaxSide.ToString() + " cells high");
            }

            byte[] cells = new byte[rows * width];
            for (int r = 0; r < rows; r++)
            {
                string line = (string)gridLines[r];
                int offset = r * width;
                for (int col = 0; col < width; col++)
                {
                    char c = line[col];
                    cells[offset + col] = c == '#' ? MazeCell.Wall : (c == 'G' ? MazeCell.Goal : MazeCell.Free);
                }
            }

            // goal_rc0 cross-checks the grid: a listed 'G' agrees, a listed free cell becomes a goal,
            // a listed wall, start or outside cell is an error (one of the two is surely a typo).
            for (int k = 0; k < goalEntries.Count; k++)
            {
                int[] entry = (int[])goalEntries[k];
                int goalRow = entry[0];
                int goalCol = entry[1];
                int goalLine = entry[2];
                string where = GoalKey + " " + MazeValidator.Coordinates(goalRow, goalCol);
                if (goalRow >= rows || goalCol >= width)
                {
                    throw new MazeFormatException(source, goalLine,
                        where + " is outside the " + rows.ToString() + "x" + width.ToString() + " grid (rows 0.." + (rows - 1).ToString() + ", cols 0.." + (width - 1).ToString() + ", 0-based)");
                }

                int index = goalRow * width + goalCol;
                if (cells[index] == MazeCell.Wall)
                {
                    throw new MazeFormatException(source, goalLine,
                        where + " is a wall ('#') in the grid; a goal must be a free or 'G' cell");
                }

                if (hasGridStart && goalRow == gridStartRow && goalCol == gridStartCol)
                {
                    throw new MazeFormatException(source, goalLine,
                        where + " is the 'S' start cell; the start must not be a goal");
                }

                cells[index] = MazeCell.Goal;
            }

            GridMaze maze = new GridMaze(NameFromSource(source), source, rows, width, cells, false, -1, -1, false);
            if (maze.GoalCount == 0)
            {
                throw new MazeFormatException(source, 0, MazeValidator.NoGoalDetail);
            }

            // Start: 'S' and start_rc0 are equivalent; if both are given they must agree.
            if (hasMetadataStart && hasGridStart
                && (metadataStartRow != gridStartRow || metadataStartCol != gridStartCol))
            {
                throw new MazeFormatException(source, metadataStartLine,
                    StartKey + " " + MazeValidator.Coordinates(metadataStartRow, metadataStartCol) + " disagrees with the 'S' at " + MazeValidator.Coordinates(gridStartRow, gridStartCol) + " on line " + gridStartLine.ToString() + "; give one start, or make both the same");
            }

            if (hasMetadataStart)
            {
                MazeValidator.CheckStart(maze, metadataStartRow, metadataStartCol, metadataStartLine, StartKey);
                return maze.WithStart(metadataStartRow, metadataStartCol);
            }

            if (hasGridStart)
            {
                MazeValidator.CheckStart(maze, gridStartRow, gridStartCol, gridStartLine, "'S' start");
                return maze.WithStart(gridStartRow, gridStartCol);
            }

            return maze;
        }

        /// <summary>
        /// The maze name for a source name: without directory and extension
        /// ("mazes/maze-a.txt" gives "maze-a"). A name that is only an extension (".txt") is kept.
        /// </summary>
        public static string NameFromSource(string sourceName)
        {
            if (sourceName == null || sourceName.Length == 0)
            {
                return "(unnamed)";
            }

            string name = sourceName;
            int slash = name.LastIndexOfAny(PathSeparators);
            if (slash >= 0)
            {
                name = name.Substring(slash + 1);
            }

            int dot = name.LastIndexOf('.');
            if (dot > 0)
            {
                name = name.Substring(0, dot);
            }

            return name.Length == 0 ? sourceName : name;
        }

        private static void ParseGoalList(string value, string source, int lineNumber, ArrayList goalEntries)
        {
            string[] tokens = value.Split(TokenSeparators);
            int count = 0;
            for (int t = 0; t < tokens.Length; t++)
            {
                string token = tokens[t];
                if (token.Length == 0)
                {
                    continue;
                }

                int row;
                int col;
                if (!TryParseCoordinates(token, out row, out col))
                {
                    throw new MazeFormatException(source, lineNumber,
                        GoalKey + " entry '" + token + "' is not 'row,col' (0-based whole numbers; entries separated by spaces, e.g. '#! " + GoalKey + ": 17,11 17,12')");
                }

                goalEntries.Add(new int[] { row, col, lineNumber });
                count++;
            }

            if (count == 0)
            {
                throw new MazeFormatException(source, lineNumber,
                    GoalKey + " has no entries; expected 'row,col' pairs separated by spaces, e.g. '#! " + GoalKey + ": 17,11 17,12'");
            }
        }

        /// <summary>"r,c" with optional spaces around each number; only digits (no sign).</summary>
        private static bool TryParseCoordinates(string text, out int row, out int col)
        {
            row = 0;
            col = 0;
            int comma = text.IndexOf(',');
            if (comma < 0 || text.IndexOf(',', comma + 1) >= 0)
            {
                return false;
            }

            return TryParseNumber(text.Substring(0, comma).Trim(), out row)
                && TryParseNumber(text.Substring(comma + 1).Trim(), out col);
        }

        private static bool TryParseNumber(string text, out int value)
        {
            value = 0;
            if (text.Length == 0 || text.Length > MaxCoordinateDigits)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                value = value * 10 + (c - '0');
            }

            return true;
        }

        /// <summary>A character as a person can read it in a message (spaces and controls are invisible).</summary>
        internal static string DescribeCharacter(char c)
        {
            if (c == ' ')
            {
                return "' ' (space)";
            }

            if (c == '\t')
            {
                return "tab";
            }

            if ((c > ' ' && c < (char)127) || c >= (char)160)
            {
                return "'" + c.ToString() + "'";
            }

            return "code " + ((int)c).ToString() + " (not a printable character: is this a text file?)";
        }
    }
}
