using ReRamNav.Firmware.Agent;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// The project's own built-in terrain (not a copy of any data set): a plain at 140 levels on the
    /// paper's unitless elevation scale, pitted with seeded craters (bowl-shaped, a low rim of
    /// ejecta around them) and cut by a north-south canyon with one gap. With the paper's band cost
    /// (low ground is costly, below 87.88 impassable), crater floors and the canyon are impassable,
    /// crater walls are graded, and the plain costs 1. Start and goal sit where the paper's do on its
    /// 128x128 map, scaled to the size (<see cref="StartRowFor"/>...), each on a flat 5x5 patch. Integer arithmetic only, so the same map comes out on the MCU.
    /// </summary>
    public static class SyntheticTerrain
    {
        /// <summary>Seed of the default built-in map (used when no --map is given).</summary>
        public const uint DefaultSeed = 5;

        public const int PlainCenti = 14000;
        public const int CanyonFloorCenti = 7000;

        /// <summary>The paper's start (79,11) and goal (59,108) on its 128x128 map, scaled to rows x cols.</summary>
        public static int StartRowFor(int rows) { return 79 * rows / 128; }
        public static int StartColFor(int cols) { return 11 * cols / 128; }
        public static int GoalRowFor(int rows) { return 59 * rows / 128; }
        public static int GoalColFor(int cols) { return 108 * cols / 128; }

        /// <summary>The built-in 128x128 map.</summary>
        public static ElevationMap Default()
        {
            return Generate("built-in-craters-128", 128, 128, DefaultSeed);
        }

        /// <summary>A map of the given size; the number of craters grows with the area.</summary>
        public static ElevationMap Generate(string name, int rows, int cols, uint seed)
        {
            var random = new SplitMix32(seed);
            int[] z = new int[rows * cols];
            for (int i = 0; i < z.Length; i++)
            {
                // Gentle texture: +-2 levels.
                z[i] = PlainCenti + random.NextInt(401) - 200;
            }

            int side = rows < cols ? rows : cols;
            int craters = rows * cols / 1000 + 2;
            for (int k = 0; k < craters; k++)
            {
                int cr = random.NextInt(rows);
                int cc = random.NextInt(cols);
                int radius = side / 32 + 1 + random.NextInt(side / 12 + 1);
                int depthCenti = 3000 + random.NextInt(5000);
                int r2 = radius * radius;
                int rim = radius + radius / 3 + 1;
                int rim2 = rim * rim;
                for (int r = cr - rim; r <= cr + rim; r++)
                {
                    for (int c = cc - rim; c <= cc + rim; c++)
                    {
                        if (r < 0 || r >= rows || c < 0 || c >= cols)
                        {
                            continue;
                        }

                        int d2 = (r - cr) * (r - cr) + (c - cc) * (c - cc);
                        if (d2 < r2)
                        {
                            z[r * cols + c] -= (int)((long)depthCenti * (r2 - d2) / r2);
                        }
                        else if (d2 < rim2)
                        {
                            z[r * cols + c] += 600;
                        }
                    }
                }
            }

            // A canyon across the map between start and goal, 2 cells wide, with one gap of side/8 + 2 rows, somewhere in the middle half of the rows.
            int canyonCol = cols / 2 + random.NextInt(cols / 8 + 1) - cols / 16;
            int gap = side / 8 + 2;
            int gapRow = rows * 5 / 16 + random.NextInt(rows / 4 + 1);
            for (int r = 0; r < rows; r++)
            {
                if (r >= gapRow && r < gapRow + gap)
                {
                    continue;
                }

                int phase = (r / 9) % 4;
                int wobble = phase == 3 ? 0 : phase - 1; // -1, 0, 1, 0: steps of one cell, so no diagonal leak
                for (int w = 0; w < 2; w++)
                {
                    int c = canyonCol + wobble + w;
                    if (c >= 0 && c < cols)
                    {
                        z[r * cols + c] = CanyonFloorCenti;
                    }
                }
            }

            Flatten(z, rows, cols, StartRowFor(rows), StartColFor(cols));
            Flatten(z, rows, cols, GoalRowFor(rows), GoalColFor(cols));
            return new ElevationMap(name, rows, cols, z, null, false, 0);
        }

        private static void Flatten(int[] z, int rows, int cols, int row, int col)
        {
            for (int r = row - 2; r <= row + 2; r++)
            {
                for (int c = col - 2; c <= col + 2; c++)
                {
                    if (r >= 0 && r < rows && c >= 0 && c < cols)
                    {
                        z[r * cols + c] = PlainCenti;
                    }
                }
            }
        }
    }
}
