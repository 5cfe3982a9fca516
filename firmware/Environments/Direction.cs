namespace ReRamNav.Firmware.Environments
{
    /// <summary>
    /// The 8 move directions of the agent. The numbering and deltas follow the authors'
    /// NAV.m (cases 1..8 there, 0..7 here), where the first maze index X is the row and the
    /// second index Y the column: N = row-1, E = col+1, and so on clockwise.
    /// Ints rather than an enum because nanoFramework's enums have no names at run time and
    /// the agent indexes arrays by direction in its hot loop.
    /// </summary>
    public static class Direction
    {
        public const int N = 0;
        public const int NE = 1;
        public const int E = 2;
        public const int SE = 3;
        public const int S = 4;
        public const int SW = 5;
        public const int W = 6;
        public const int NW = 7;

        /// <summary>Number of directions (8-neighbourhood).</summary>
        public const int Count = 8;

        /// <summary>Row change of one move in direction d (index = d).</summary>
        public static readonly int[] RowDelta = new int[] { -1, -1, 0, 1, 1, 1, 0, -1 };

        /// <summary>Column change of one move in direction d (index = d).</summary>
        public static readonly int[] ColDelta = new int[] { 0, 1, 1, 1, 0, -1, -1, -1 };

        private static readonly string[] Names = new string[] { "N", "NE", "E", "SE", "S", "SW", "W", "NW" };

        /// <summary>The direction that undoes d (N to S, NE to SW, ...): half a turn, 4 steps of 45 degrees.</summary>
        public static int Opposite(int direction)
        {
            return (direction + 4) & 7;
        }

        /// <summary>True for 0..7.</summary>
        public static bool IsValid(int direction)
        {
            return direction >= 0 && direction < Count;
        }

        /// <summary>Short compass name ("N", "NE", ...) for logs and telemetry; "?" for an invalid value.</summary>
        public static string Name(int direction)
        {
            return IsValid(direction) ? Names[direction] : "?";
        }
    }
}
