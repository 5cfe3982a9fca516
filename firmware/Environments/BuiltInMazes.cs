namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// The project's own two 30x30 mazes for the "change of layout" experiment (learn A, switch to
    /// B, switch back), designed for this project in the spirit of the paper's protocol but not
    /// copied from the authors' mazes. Both start at (3,27) near the top-right corner and have
    /// the 2x2 goal (20..21, 5..6) in the west room.
    ///
    /// Two routes lead from the start to the goal room:
    ///  - west: through the door (4..5, 19), down the gap (9, 10..11), around the wall on row 12,
    ///    and in through the door (17, 10..11) in the goal room's north wall;
    ///  - east: through the gap (9, 26..27), down the east side, and in through the door
    ///    (23..24, 13) in the goal room's east wall.
    /// A has only the west route (the east door is wall): 33 moves. B closes the north door and
    /// opens the east door (4 cells change): the west route now ends at a wall and the best path
    /// is the east route, 30 moves, so an agent that learned A must learn again.
    /// Every free cell can be reached from the start in both layouts.
    /// Kept as text (parsed on each call) so that they double as examples of docs/formats.md.
    /// </summary>
    public static class BuiltInMazes
    {
        private static readonly string[] LayoutALines = new string[]
        {
            "#! format: reramnav-maze/1",
            "#! title: built-in layout A (west route open, east door closed)",
            "#! start_rc0: 3,27",
            "#! goal_rc0: 20,5 20,6 21,5 21,6",
            "#! shortest_moves: 33",
            "##############################", // 0
            "#........#.........#.........#", // 1
            "#........#.........#.........#", // 2
            "#........#...####..#.......S.#", // 3  start (3,27)
            "#............................#", // 4  door (4..5,19) west of the start room
            "#...................#######..#", // 5
            "######.............#.........#", // 6
            "#....#.............#.........#", // 7
            "#..................#.........#", // 8
            "##########..##############..##", // 9  gaps (9,10..11) west and (9,26..27) east
            "#............#...............#", // 10
            "#............#...............#", // 11
            "#.....########..#######......#", // 12
            "#............#...............#", // 13
            "#............#...............#", // 14
            "#...#####....#...#####...#...#", // 15
            "#............#...#.......#...#", // 16
            "##########..##...#.......#...#", // 17 north door (17,10..11): open in A
            "#........#..##...#...#####...#", // 18
            "#............#...#...........#", // 19
            "#....GG......#...#...........#", // 20 goal (20..21, 5..6)
            "#....GG......#...#...........#", // 21
            "#...######...#.......#...#####", // 22
            "#............#...............#", // 23 east door (23..24,13): wall in A
            "#............#...............#", // 24
            "#....#.......#...........#...#", // 25
            "#....#...#...#...........#...#", // 26
            "#....#...#...#...........#...#", // 27
            "#........#...#...........#...#", // 28
            "##############################", // 29
        };

        private static readonly string[] LayoutBLines = new string[]
        {
            "#! format: reramnav-maze/1",
            "#! title: built-in layout B (north door of the goal room closed, east door open)",
            "#! start_rc0: 3,27",
            "#! goal_rc0: 20,5 20,6 21,5 21,6",
            "#! differs_from_A_rc0: 17,10=# 17,11=# 23,13=. 24,13=.",
            "#! shortest_moves: 30",
            "##############################", // 0
            "#........#.........#.........#", // 1
            "#........#.........#.........#", // 2
            "#........#...####..#.......S.#", // 3  start (3,27)
            "#............................#", // 4
            "#...................#######..#", // 5
            "######.............#.........#", // 6
            "#....#.............#.........#", // 7
            "#..................#.........#", // 8
            "##########..##############..##", // 9
            "#............#...............#", // 10
            "#............#...............#", // 11
            "#.....########..#######......#", // 12
            "#............#...............#", // 13
            "#............#...............#", // 14
            "#...#####....#...#####...#...#", // 15
            "#............#...#.......#...#", // 16
            "##############...#.......#...#", // 17 north door closed in B
            "#........#..##...#...#####...#", // 18
            "#............#...#...........#", // 19
            "#....GG......#...#...........#", // 20 goal (20..21, 5..6)
            "#....GG......#...#...........#", // 21
            "#...######...#.......#...#####", // 22
            "#............................#", // 23 east door open in B
            "#............................#", // 24
            "#....#.......#...........#...#", // 25
            "#....#...#...#...........#...#", // 26
            "#....#...#...#...........#...#", // 27
            "#........#...#...........#...#", // 28
            "##############################", // 29
        };

        /// <summary>Layout A, named "A", start (3,27), shortest path 33 moves.</summary>
        public static GridMaze LayoutA()
        {
            return MazeParser.Parse(LayoutAText(), "A");
        }

        /// <summary>Layout B, named "B": A with the goal room's north door closed and east door opened; 30 moves.</summary>
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
