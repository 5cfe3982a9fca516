using System;
using System.Collections.Generic;
using System.Text;

namespace ReRamNav.Tests
{
    /// <summary>
    /// A micromouse maze as wall sets (cell coordinates, y from the bottom), drawn into the upstream
    /// "mazefiles" text format independently of the parser, for round-trip and error tests.
    /// </summary>
    internal sealed class MicromouseMazeDrawing
    {
        public readonly int Cells;

        /// <summary>EastWall[y * Cells + x]: a wall between (x, y) and (x+1, y); the last column is the border.</summary>
        public readonly bool[] EastWall;

        /// <summary>NorthWall[y * Cells + x]: a wall between (x, y) and (x, y+1); the top row is the border.</summary>
        public readonly bool[] NorthWall;

        public readonly bool[] Goal;
        public int StartX = 0;
        public int StartY = 0;
        public bool MarkStart = true;

        public MicromouseMazeDrawing(int cells)
        {
            Cells = cells;
            EastWall = new bool[cells * cells];
            NorthWall = new bool[cells * cells];
            Goal = new bool[cells * cells];
            for (int i = 0; i < cells; i++)
            {
                EastWall[i * cells + cells - 1] = true;
                NorthWall[(cells - 1) * cells + i] = true;
            }
        }

        public int Index(int x, int y) => y * Cells + x;

        /// <summary>Random interior walls (each with probability wallPercent %), borders kept.</summary>
        public static MicromouseMazeDrawing Random(int cells, Random random, int wallPercent)
        {
            var d = new MicromouseMazeDrawing(cells);
            for (int y = 0; y < cells; y++)
            {
                for (int x = 0; x < cells; x++)
                {
                    if (x < cells - 1) d.EastWall[d.Index(x, y)] = random.Next(100) < wallPercent;
                    if (y < cells - 1) d.NorthWall[d.Index(x, y)] = random.Next(100) < wallPercent;
                }
            }
            return d;
        }

        public List<string> Lines()
        {
            var lines = new List<string>();
            int n = Cells;
            var top = new StringBuilder("o");
            for (int x = 0; x < n; x++) top.Append("---o");
            lines.Add(top.ToString());
            for (int y = n - 1; y >= 0; y--)
            {
                var cellLine = new StringBuilder("|");
                for (int x = 0; x < n; x++)
                {
                    bool start = MarkStart && x == StartX && y == StartY;
                    cellLine.Append(start ? " S " : Goal[Index(x, y)] ? " G " : "   ");
                    cellLine.Append(EastWall[Index(x, y)] ? '|' : ' ');
                }
                lines.Add(cellLine.ToString());
                var postLine = new StringBuilder("o");
                for (int x = 0; x < n; x++)
                {
                    // The post line below row y: the north walls of row y-1, or the south border.
                    bool wall = y == 0 || NorthWall[Index(x, y - 1)];
                    postLine.Append(wall ? "---o" : "   o");
                }
                lines.Add(postLine.ToString());
            }
            return lines;
        }

        public string Text(string newline = "\n", bool trailingSpaces = false)
        {
            var sb = new StringBuilder();
            foreach (string line in Lines()) sb.Append(line).Append(trailingSpaces ? "   " : "").Append(newline);
            return sb.ToString();
        }

        /// <summary>
        /// Independent 4-connected BFS over the cells from the start: fewest cell moves to a goal cell
        /// (trials end on entering a goal, so no path goes through one), or -1.
        /// </summary>
        public int CellMovesToGoal(out bool[] reachable)
        {
            int n = Cells;
            var distance = new int[n * n];
            Array.Fill(distance, -1);
            reachable = new bool[n * n];
            var queue = new Queue<int>();
            int start = Index(StartX, StartY);
            distance[start] = 0;
            queue.Enqueue(start);
            int best = -1;
            while (queue.Count > 0)
            {
                int i = queue.Dequeue();
                reachable[i] = true;
                if (Goal[i])
                {
                    if (best < 0) best = distance[i];
                    continue;
                }
                int x = i % n, y = i / n;
                foreach (var (nx, ny, open) in new[]
                {
                    (x + 1, y, x + 1 < n && !EastWall[Index(x, y)]),
                    (x - 1, y, x > 0 && !EastWall[Index(x - 1, y)]),
                    (x, y + 1, y + 1 < n && !NorthWall[Index(x, y)]),
                    (x, y - 1, y > 0 && !NorthWall[Index(x, y - 1)]),
                })
                {
                    if (!open || distance[Index(nx, ny)] >= 0) continue;
                    distance[Index(nx, ny)] = distance[i] + 1;
                    queue.Enqueue(Index(nx, ny));
                }
            }
            return best;
        }
    }
}
