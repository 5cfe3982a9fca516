using System;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// Elevation -> per-cell traversal cost, in hundredths (100 = cost 1, flat and safe; 1000 = cost 10,
    /// impassable: a wall for the agent). docs/formats.md, "From elevation to cost".
    ///
    /// Band (the paper, Fig. 5c; exact on all 16,384 cells of the authors' map):
    ///   cost = clip(1 + 0.45 * (107.88 - elevation), 1, 10), elevation in the map's levels.
    /// Slope (real DEMs in metres): grade = the steepest |dz| / horizontal distance from the cell to a
    /// neighbour with data (diagonals at sqrt 2 cell sizes), in per mille;
    ///   cost = 1 below SlopeFreePermille, rising linearly to 10 at SlopeMaxPermille and beyond.
    /// Cells without data cost 10.
    /// </summary>
    public sealed class TerrainCostModel
    {
        public const int MinCostCenti = 100;
        public const int MaxCostCenti = 1000;

        /// <summary><see cref="TerrainCostMode"/>.</summary>
        public int Mode = TerrainCostMode.Auto;

        /// <summary>Band: elevation at and above which the cost is 1, hundredths of the map's unit (paper: 107.88).</summary>
        public int BandReferenceCenti = 10788;

        /// <summary>Band: cost added per unit of elevation below the reference, hundredths (paper: 0.45).</summary>
        public int BandCostPerUnitCenti = 45;

        /// <summary>Slope: grade (per mille, rise over run) up to which the cost is 1. 87 = tan 5 degrees.</summary>
        public int SlopeFreePermille = 87;

        /// <summary>Slope: grade at and above which the cell is impassable (cost 10). 466 = tan 25 degrees,
        /// a little below the ~30 degrees rovers such as Curiosity are rated for.</summary>
        public int SlopeMaxPermille = 466;

        /// <summary>A cell whose cost reaches this is impassable (a wall for the agent), hundredths.</summary>
        public int ImpassableCostCenti = MaxCostCenti;

        public static TerrainCostModel PaperDefaults()
        {
            return new TerrainCostModel();
        }

        /// <summary>The mode actually used for this map (Auto resolved).</summary>
        public int ModeFor(ElevationMap map)
        {
            if (Mode != TerrainCostMode.Auto)
            {
                return Mode;
            }

            return map.InMetres ? TerrainCostMode.Slope : TerrainCostMode.Band;
        }

        /// <summary>Cost of every cell, row-major, hundredths (100..1000).</summary>
        public ushort[] Compute(ElevationMap map)
        {
            if (map == null)
            {
                throw new ArgumentNullException("map");
            }

            int mode = ModeFor(map);
            if (mode == TerrainCostMode.Slope && !map.InMetres)
            {
                throw new ArgumentException("slope cost needs a map in metres with a cell size (ESRI ASCII Grid or 'width height cell_size_m' header); " + map.Name + " is in unitless levels: use the band cost");
            }

            if (mode == TerrainCostMode.Slope && SlopeMaxPermille <= SlopeFreePermille)
            {
                throw new ArgumentException("SlopeMaxPermille must be above SlopeFreePermille");
            }

            ushort[] cost = new ushort[map.CellCount];
            for (int r = 0; r < map.Rows; r++)
            {
                for (int c = 0; c < map.Cols; c++)
                {
                    int value;
                    if (map.IsNoData(r, c))
                    {
                        value = MaxCostCenti;
                    }
                    else if (mode == TerrainCostMode.Slope)
                    {
                        value = SlopeCost(GradePermille(map, r, c));
                    }
                    else
                    {
                        long below = (long)BandReferenceCenti - map.ElevationCentiAt(r, c);
                        long v = MinCostCenti + below * BandCostPerUnitCenti / 100;
                        value = v < MinCostCenti ? MinCostCenti : v > MaxCostCenti ? MaxCostCenti : (int)v;
                    }

                    cost[r * map.Cols + c] = (ushort)value;
                }
            }

            return cost;
        }

        /// <summary>Cost from a grade, hundredths.</summary>
        public int SlopeCost(int gradePermille)
        {
            if (gradePermille <= SlopeFreePermille)
            {
                return MinCostCenti;
            }

            if (gradePermille >= SlopeMaxPermille)
            {
                return MaxCostCenti;
            }

            return MinCostCenti + (MaxCostCenti - MinCostCenti) * (gradePermille - SlopeFreePermille) / (SlopeMaxPermille - SlopeFreePermille);
        }

        /// <summary>Steepest grade from (row, col) to a neighbour with data, per mille (rise over run).</summary>
        public static int GradePermille(ElevationMap map, int row, int col)
        {
            long orthCm = map.CellSizeCm;
            long diagCm = map.CellSizeCm * 1414L / 1000;
            int z = map.ElevationCentiAt(row, col);
            long steepest = 0;
            for (int dr = -1; dr <= 1; dr++)
            {
                for (int dc = -1; dc <= 1; dc++)
                {
                    int r = row + dr;
                    int c = col + dc;
                    if ((dr == 0 && dc == 0) || !map.IsInside(r, c) || map.IsNoData(r, c))
                    {
                        continue;
                    }

                    long dz = map.ElevationCentiAt(r, c) - z;
                    if (dz < 0)
                    {
                        dz = -dz;
                    }

                    long grade = dz * 1000 / (dr != 0 && dc != 0 ? diagCm : orthCm);
                    if (grade > steepest)
                    {
                        steepest = grade;
                    }
                }
            }

            return steepest > int.MaxValue ? int.MaxValue : (int)steepest;
        }
    }
}
