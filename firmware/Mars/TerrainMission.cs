using System;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// A rover's task on an elevation map: the per-cell cost (<see cref="TerrainCostModel"/>), a start
    /// and a goal. <see cref="Maze"/> is the same terrain as the grid the place-cell agent walks:
    /// impassable cells (cost at the model's impassable level, or no data) are walls, the goal cell is
    /// the reward; every other cell is free, and its cost is written into its neuron's threshold by
    /// <see cref="TerrainPriming"/> (the paper's cost map, Fig. 5c).
    /// </summary>
    public sealed class TerrainMission
    {
        private readonly ushort[] _costCenti;

        public TerrainMission(ElevationMap map, TerrainCostModel model, int startRow, int startCol, int goalRow, int goalCol)
        {
            if (map == null)
            {
                throw new ArgumentNullException("map");
            }

            if (model == null)
            {
                throw new ArgumentNullException("model");
            }

            Map = map;
            ImpassableCostCenti = model.ImpassableCostCenti;
            _costCenti = model.Compute(map);
            string why = Check(startRow, startCol, "start");
            if (why == null)
            {
                why = Check(goalRow, goalCol, "goal");
            }

            if (why == null && startRow == goalRow && startCol == goalCol)
            {
                why = "start and goal are the same cell (" + startRow.ToString() + "," + startCol.ToString() + ")";
            }

            if (why != null)
            {
                throw new ElevationFormatException(map.Name, 0, why);
            }

            byte[] cells = new byte[map.CellCount];
            int impassable = 0;
            for (int i = 0; i < cells.Length; i++)
            {
                if (_costCenti[i] >= ImpassableCostCenti)
                {
                    cells[i] = MazeCell.Wall;
                    impassable++;
                }
            }

            cells[goalRow * map.Cols + goalCol] = MazeCell.Goal;
            ImpassableCount = impassable;
            Maze = new GridMaze(map.Name, map.Rows, map.Cols, cells, startRow, startCol);
            StartRow = startRow;
            StartCol = startCol;
            GoalRow = goalRow;
            GoalCol = goalCol;
            ShortestMoves = ShortestPath.Moves(Maze, startRow, startCol);
            if (ShortestMoves < 0)
            {
                throw new ElevationFormatException(map.Name, 0, "the goal (" + goalRow.ToString() + "," + goalCol.ToString() + ") cannot be reached from the start (" + startRow.ToString() + "," + startCol.ToString() + ") without crossing impassable cells (cost 10); choose other cells or a milder cost model");
            }
        }

        public ElevationMap Map { get; }

        /// <summary>The grid the agent walks: impassable = wall, the goal = reward.</summary>
        public GridMaze Maze { get; }

        public int StartRow { get; }

        public int StartCol { get; }

        public int GoalRow { get; }

        public int GoalCol { get; }

        /// <summary>Fewest moves from start to goal over passable cells (8 moves).</summary>
        public int ShortestMoves { get; }

        /// <summary>Cells at or above the impassable cost.</summary>
        public int ImpassableCount { get; }

        public int ImpassableCostCenti { get; }

        /// <summary>Cost of a cell, hundredths (100 = 1 .. 1000 = 10).</summary>
        public int CostCentiAt(int row, int col)
        {
            return _costCenti[row * Map.Cols + col];
        }

        private string Check(int row, int col, string what)
        {
            if (!Map.IsInside(row, col))
            {
                return what + " (" + row.ToString() + "," + col.ToString() + ") is outside the " + Map.Rows.ToString() + "x" + Map.Cols.ToString() + " map (rows 0.." + (Map.Rows - 1).ToString() + ", cols 0.." + (Map.Cols - 1).ToString() + ", 0-based)";
            }

            if (Map.IsNoData(row, col))
            {
                return what + " (" + row.ToString() + "," + col.ToString() + ") has no elevation data (NODATA_value); choose a cell with data";
            }

            if (_costCenti[row * Map.Cols + col] >= ImpassableCostCenti)
            {
                return what + " (" + row.ToString() + "," + col.ToString() + ") is impassable (cost 10); choose a cell the rover can stand on";
            }

            return null;
        }
    }
}
