using System;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// A rectangular elevation grid (docs/formats.md, "Elevation grid formats"), row-major, row 0 the
    /// northern / top edge. Elevations are whole hundredths of the map's unit (ElevationCenti): for
    /// a map in metres, centimetres; for the paper's unitless map (grey levels), hundredths of a level.
    /// Cells can be "no data" (ESRI NODATA_value): the cost model makes them impassable.
    /// Immutable after construction: the constructor copies the arrays.
    /// </summary>
    public sealed class ElevationMap
    {
        /// <summary>Smallest and largest side, as for mazes (a coordinate fits one byte).</summary>
        public const int MinSide = 3;
        public const int MaxSide = 255;

        private readonly int[] _elevationCenti;
        private readonly bool[] _noData;

        /// <param name="elevationCenti">rows*cols elevations, hundredths of the unit.</param>
        /// <param name="noData">rows*cols flags, or null when every cell has data.</param>
        /// <param name="inMetres">true: elevations are metres (centi = cm) and cellSizeCm is the grid spacing.</param>
        /// <param name="cellSizeCm">grid spacing in cm (metres maps), 0 when unknown (unitless maps).</param>
        public ElevationMap(string name, int rows, int cols, int[] elevationCenti, bool[] noData, bool inMetres, int cellSizeCm)
        {
            if (name == null)
            {
                throw new ArgumentNullException("name");
            }

            if (rows < MinSide || rows > MaxSide || cols < MinSide || cols > MaxSide)
            {
                throw new ArgumentOutOfRangeException("rows", "an elevation map is " + MinSide.ToString() + ".." + MaxSide.ToString() + " cells per side");
            }

            if (elevationCenti == null || elevationCenti.Length != rows * cols)
            {
                throw new ArgumentException("elevationCenti must hold rows*cols = " + (rows * cols).ToString() + " values");
            }

            if (noData != null && noData.Length != rows * cols)
            {
                throw new ArgumentException("noData must hold rows*cols = " + (rows * cols).ToString() + " flags");
            }

            if (inMetres && cellSizeCm <= 0)
            {
                throw new ArgumentOutOfRangeException("cellSizeCm", "a map in metres needs its cell size (> 0 cm)");
            }

            Name = name;
            Rows = rows;
            Cols = cols;
            InMetres = inMetres;
            CellSizeCm = cellSizeCm;
            _elevationCenti = new int[elevationCenti.Length];
            Array.Copy(elevationCenti, _elevationCenti, elevationCenti.Length);
            _noData = new bool[rows * cols];
            int noDataCount = 0;
            if (noData != null)
            {
                for (int i = 0; i < noData.Length; i++)
                {
                    _noData[i] = noData[i];
                    if (noData[i])
                    {
                        noDataCount++;
                    }
                }
            }

            NoDataCount = noDataCount;
        }

        /// <summary>Short name (file name without directory and extension, or the built-in's name).</summary>
        public string Name { get; }

        public int Rows { get; }

        public int Cols { get; }

        /// <summary>True when elevations are metres (then <see cref="CellSizeCm"/> is the spacing); false for unitless levels.</summary>
        public bool InMetres { get; }

        /// <summary>Grid spacing in cm for maps in metres; 0 for unitless maps.</summary>
        public int CellSizeCm { get; }

        /// <summary>Cells without data (impassable).</summary>
        public int NoDataCount { get; }

        public int CellCount
        {
            get { return _elevationCenti.Length; }
        }

        public bool IsInside(int row, int col)
        {
            return row >= 0 && row < Rows && col >= 0 && col < Cols;
        }

        /// <summary>Elevation in hundredths of the map's unit (cm for metres). Undefined (0) for no-data cells.</summary>
        public int ElevationCentiAt(int row, int col)
        {
            return _elevationCenti[row * Cols + col];
        }

        public bool IsNoData(int row, int col)
        {
            return _noData[row * Cols + col];
        }

        /// <summary>Lowest elevation over cells with data, hundredths of the unit (0 if none has data).</summary>
        public int MinElevationCenti()
        {
            return Extreme(true);
        }

        /// <summary>Highest elevation over cells with data, hundredths of the unit (0 if none has data).</summary>
        public int MaxElevationCenti()
        {
            return Extreme(false);
        }

        private int Extreme(bool min)
        {
            bool any = false;
            int best = 0;
            for (int i = 0; i < _elevationCenti.Length; i++)
            {
                if (_noData[i])
                {
                    continue;
                }

                int v = _elevationCenti[i];
                if (!any || (min ? v < best : v > best))
                {
                    best = v;
                    any = true;
                }
            }

            return best;
        }
    }
}
