namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// The project's own two 30x30 layouts for the "change of layout" experiment (learn A, switch to
    /// B, switch back to A), made for this project in the spirit of the paper's protocol, not copied
    /// from the authors' mazes. Both are a braided maze of 2-cell-wide corridors on a 3-cell pitch
    /// (9x9 junctions; the last two rows and three columns are solid wall), start at (1,26) in the
    /// top-right corner, and have the 2x2 goal (16..17, 7..8) on the west side.
    ///
    /// The goal sits in a room (rows 16..17, cols 7..11) with one door in each layout. In A the door is
    /// to the east, along row 16..17: 31 moves (8 moves: diagonal steps allowed). B closes it at
    /// (16..17, 12) and opens the room's south door (18, 7..8) and a door at (24, 16..17) on the way
    /// there: 37 moves. No route reaches the goal in both layouts (a test checks it), so an agent that
    /// learned A must learn again in B, and must recall A afterwards; keeping one route for both is
    /// impossible. Six cells change. Every free cell is reachable from the start in both layouts.
    ///
    /// The layouts were chosen among generated ones because the place-cell agent learns them over
    /// seeds 1-10 (README, "Results"); the authors' own mazes are the benchmark (docs/reproduce.md).
    /// Kept as text (parsed on each call) so that they double as examples of docs/formats.md.
    /// </summary>
    public static class BuiltInMazes
    {
        /// <summary>Start cell of both layouts (row, col), 0-based.</summary>
        public const int StartRow = 1;
        public const int StartCol = 26;

        /// <summary>Shortest paths from the start (8 moves), checked by the tests.</summary>
        public const int ShortestMovesA = 31;
        public const int ShortestMovesB = 37;

        private static readonly string[] LayoutALines = new string[]
        {
            "#! format: reramnav-maze/1",
            "#! title: built-in layout A (the goal room opens to the east)",
            "#! start_rc0: 1,26",
            "#! goal_rc0: 16,7 16,8 17,7 17,8",
            "#! shortest_moves: 31",
            "##############################", // 0
            "#.........................S###", // 1
            "#..........................###", // 2
            "#..#..#..####..####..#..#..###", // 3
            "#..#.....#........#.....#..###", // 4
            "#..#.....#........#.....#..###", // 5
            "#..#..#..#..####..#..#..#..###", // 6
            "#..#..#........#........#..###", // 7
            "#..#..#........#........#..###", // 8
            "#..#..#..####..#..#..####..###", // 9
            "#..#...........#...........###", // 10
            "#..#...........#...........###", // 11
            "#..#############..#..#..######", // 12
            "#...........#..#...........###", // 13
            "#...........#..#...........###", // 14
            "#############..##########..###", // 15
            "#######GG..................###", // 16
            "#######GG..................###", // 17
            "###################..####..###", // 18
            "#..#..............#........###", // 19
            "#..#..............#........###", // 20
            "#..#######..#..#..#..####..###", // 21
            "#..#.....#..#.....#.....#..###", // 22
            "#..#.....#..#.....#.....#..###", // 23
            "#..#..#..####..####..#..#..###", // 24
            "#.....#....................###", // 25
            "#.....#....................###", // 26
            "##############################", // 27
            "##############################", // 28
            "##############################", // 29
        };

        private static readonly string[] LayoutBLines = new string[]
        {
            "#! format: reramnav-maze/1",
            "#! title: built-in layout B (the goal room's east door closed at col 12, its south door (18,7..8) and a door at (24,16..17) opened)",
            "#! start_rc0: 1,26",
            "#! goal_rc0: 16,7 16,8 17,7 17,8",
            "#! differs_from_A_rc0: 16,12=# 17,12=# 18,7=. 18,8=. 24,16=. 24,17=.",
            "#! shortest_moves: 37",
            "##############################", // 0
            "#.........................S###", // 1
            "#..........................###", // 2
            "#..#..#..####..####..#..#..###", // 3
            "#..#.....#........#.....#..###", // 4
            "#..#.....#........#.....#..###", // 5
            "#..#..#..#..####..#..#..#..###", // 6
            "#..#..#........#........#..###", // 7
            "#..#..#........#........#..###", // 8
            "#..#..#..####..#..#..####..###", // 9
            "#..#...........#...........###", // 10
            "#..#...........#...........###", // 11
            "#..#############..#..#..######", // 12
            "#...........#..#...........###", // 13
            "#...........#..#...........###", // 14
            "#############..##########..###", // 15
            "#######GG...#..............###", // 16
            "#######GG...#..............###", // 17
            "#######..##########..####..###", // 18
            "#..#..............#........###", // 19
            "#..#..............#........###", // 20
            "#..#######..#..#..#..####..###", // 21
            "#..#.....#..#.....#.....#..###", // 22
            "#..#.....#..#.....#.....#..###", // 23
            "#..#..#..####..#..#..#..#..###", // 24
            "#.....#....................###", // 25
            "#.....#....................###", // 26
            "##############################", // 27
            "##############################", // 28
            "##############################", // 29
        };

        /// <summary>Layout A, named "A", start (1,26), shortest path 31 moves.</summary>
        public static GridMaze LayoutA()
        {
            return MazeParser.Parse(LayoutAText(), "A");
        }

        /// <summary>Layout B, named "B": A's goal corridor closed, a south door opened; 37 moves.</summary>
        public static GridMaze LayoutB()
        {
            return MazeParser.Parse(LayoutBText(), "B");
        }

        /// <summary>Layout A in the maze text format (for export and as a format example).</summary>
        public static string LayoutAText()
        {
            return Join(LayoutALines);
        }

        /// <summary>Layout B in the maze text format.</summary>
        public static string LayoutBText()
        {
            return Join(LayoutBLines);
        }

        private static string Join(string[] lines)
        {
            string text = "";
            for (int i = 0; i < lines.Length; i++)
            {
                text = text + lines[i] + "\n";
            }

            return text;
        }
    }
}
