using System;

namespace ReRamNav.Firmware.Mars
{
    /// <summary>
    /// Reads elevation grids (docs/formats.md, "Elevation grid formats"). Three header styles, told
    /// apart by the first line that is not blank and not a '#' comment:
    ///   "width height"                                  values are unitless levels (the paper's Fig. 5a map);
    ///   "width height cell_size_m [min_elev_m max_elev_m]" values are decimetres (MOLA text crops);
    ///   ESRI ASCII Grid: "ncols N", "nrows N", "xllcorner X", "yllcorner Y", "cellsize C" and an
    ///   optional "NODATA_value V", one per line, then rows of values in metres.
    /// Then one line per grid row, top (north) row first, values separated by spaces or tabs.
    /// Every problem is an <see cref="ElevationFormatException"/> naming the source, the line, the
    /// field and what was expected. Runs once per map, so it allocates freely.
    /// </summary>
    public static class ElevationMapParser
    {
        private static readonly char[] LineSeparator = new char[] { '\n' };
        private static readonly char[] Trim = new char[] { '\r', ' ', '\t' };
        private static readonly char[] TokenSeparators = new char[] { ' ', '\t' };
        private static readonly char[] PathSeparators = new char[] { '/', '\\' };

        private const int Levels = 0;
        private const int Decimetres = 1;
        private const int Metres = 2;

        /// <summary>Largest |value| accepted, in the file's own unit (keeps hundredths in an int).</summary>
        private const long MaxAbsValue = 20000000;

        public static ElevationMap Parse(string text, string sourceName)
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

            string[] lines = text.Split(LineSeparator);
            int i = NextContentLine(lines, 0);
            if (i >= lines.Length)
            {
                throw new ElevationFormatException(source, 0, "file is empty; expected a header line 'width height' (or 'width height cell_size_m [min_elev_m max_elev_m]', or an ESRI ASCII Grid header), then one line of elevations per row");
            }

            int width;
            int height;
            int unit;
            int cellSizeCm = 0;
            bool hasNoData = false;
            int noDataCenti = 0;
            bool hasRange = false;
            int rangeMinCenti = 0;
            int rangeMaxCenti = 0;
            int headerLine = i + 1;

            string[] first = Tokens(lines[i]);
            if (IsLetter(first[0][0]))
            {
                // ESRI ASCII Grid header: key value lines.
                unit = Metres;
                width = -1;
                height = -1;
                bool hasX = false;
                bool hasY = false;
                while (i < lines.Length)
                {
                    string[] t = Tokens(lines[i]);
                    if (t.Length == 0 || t[0].Length == 0 || t[0][0] == '#')
                    {
                        i++;
                        continue;
                    }

                    if (!IsLetter(t[0][0]))
                    {
                        break;
                    }

                    int ln = i + 1;
                    string key = t[0].ToLower();
                    if (t.Length != 2)
                    {
                        throw new ElevationFormatException(source, ln, "ESRI header line '" + t[0] + "' has " + t.Length.ToString() + " fields, expected 2 ('key value')");
                    }

                    if (key == "ncols")
                    {
                        width = ParseSide(source, ln, t[1], "ncols");
                    }
                    else if (key == "nrows")
                    {
                        height = ParseSide(source, ln, t[1], "nrows");
                    }
                    else if (key == "xllcorner" || key == "xllcenter")
                    {
                        RequireNumber(source, ln, t[1], key, 100);
                        hasX = true;
                    }
                    else if (key == "yllcorner" || key == "yllcenter")
                    {
                        RequireNumber(source, ln, t[1], key, 100);
                        hasY = true;
                    }
                    else if (key == "cellsize")
                    {
                        cellSizeCm = RequireNumber(source, ln, t[1], "cellsize", 100);
                        if (cellSizeCm <= 0)
                        {
                            throw new ElevationFormatException(source, ln, "cellsize '" + t[1] + "' must be a positive length in metres (e.g. 463.06)");
                        }
                    }
                    else if (key == "nodata_value")
                    {
                        noDataCenti = RequireNumber(source, ln, t[1], "NODATA_value", 100);
                        hasNoData = true;
                    }
                    else
                    {
                        throw new ElevationFormatException(source, ln, "unknown ESRI header key '" + t[0] + "'; expected ncols, nrows, xllcorner (or xllcenter), yllcorner (or yllcenter), cellsize, NODATA_value");
                    }

                    i++;
                }

                if (width < 0 || height < 0 || cellSizeCm == 0 || !hasX || !hasY)
                {
                    string missing = width < 0 ? "ncols" : height < 0 ? "nrows" : cellSizeCm == 0 ? "cellsize" : !hasX ? "xllcorner" : "yllcorner";
                    throw new ElevationFormatException(source, headerLine, "ESRI ASCII Grid header has no '" + missing + "' line; expected ncols, nrows, xllcorner, yllcorner, cellsize and optionally NODATA_value before the first row");
                }
            }
            else
            {
                if (first.Length != 2 && first.Length != 3 && first.Length != 5)
                {
                    throw new ElevationFormatException(source, headerLine, "header has " + first.Length.ToString() + " fields, expected 'width height' (levels) or 'width height cell_size_m [min_elev_m max_elev_m]' (decimetres)");
                }

                width = ParseSide(source, headerLine, first[0], "width (field 1)");
                height = ParseSide(source, headerLine, first[1], "height (field 2)");
                if (first.Length == 2)
                {
                    unit = Levels;
                }
                else
                {
                    unit = Decimetres;
                    cellSizeCm = RequireNumber(source, headerLine, first[2], "cell_size_m (field 3)", 100);
                    if (cellSizeCm <= 0)
                    {
                        throw new ElevationFormatException(source, headerLine, "cell_size_m (field 3) '" + first[2] + "' must be a positive length in metres (e.g. 463.06)");
                    }

                    if (first.Length == 5)
                    {
                        hasRange = true;
                        rangeMinCenti = RequireNumber(source, headerLine, first[3], "min_elev_m (field 4)", 100);
                        rangeMaxCenti = RequireNumber(source, headerLine, first[4], "max_elev_m (field 5)", 100);
                        if (rangeMinCenti > rangeMaxCenti)
                        {
                            throw new ElevationFormatException(source, headerLine, "min_elev_m (field 4) " + first[3] + " is above max_elev_m (field 5) " + first[4]);
                        }
                    }
                }

                i++;
            }

            int multiplier = unit == Decimetres ? 10 : 100;
            int[] values = new int[width * height];
            bool[] noData = hasNoData ? new bool[width * height] : null;
            int row = 0;
            int firstRowLine = 0;
            for (; i < lines.Length; i++)
            {
                string line = lines[i].Trim(Trim);
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                int ln = i + 1;
                if (row == height)
                {
                    throw new ElevationFormatException(source, ln, "text after the last of the " + height.ToString() + " rows (the header's " + (unit == Metres ? "nrows" : "height") + ", line " + headerLine.ToString() + ")");
                }

                if (row == 0)
                {
                    firstRowLine = ln;
                }

                string[] t = Tokens(line);
                if (t.Length != width)
                {
                    throw new ElevationFormatException(source, ln, "row " + row.ToString() + " has " + t.Length.ToString() + " values, expected " + width.ToString() + " (the header's " + (unit == Metres ? "ncols" : "width") + ", line " + headerLine.ToString() + ")");
                }

                for (int c = 0; c < width; c++)
                {
                    int v;
                    string error = TryParseScaled(t[c], multiplier, out v);
                    if (error != null)
                    {
                        throw new ElevationFormatException(source, ln, "row " + row.ToString() + ", value " + (c + 1).ToString() + " (col " + c.ToString() + ") '" + t[c] + "' " + error + "; expected a decimal number like 104.88 or -4612.0");
                    }

                    int index = row * width + c;
                    if (hasNoData && v == noDataCenti)
                    {
                        noData[index] = true;
                        v = 0;
                    }

                    values[index] = v;
                }

                row++;
            }

            if (row < height)
            {
                throw new ElevationFormatException(source, 0, "grid has " + row.ToString() + " rows" + (row > 0 ? " (from line " + firstRowLine.ToString() + ")" : "") + ", expected " + height.ToString() + " (the header's " + (unit == Metres ? "nrows" : "height") + ", line " + headerLine.ToString() + ")");
            }

            ElevationMap map = new ElevationMap(NameOf(source), height, width, values, noData, unit != Levels, cellSizeCm);
            if (map.NoDataCount == map.CellCount)
            {
                throw new ElevationFormatException(source, 0, "every cell is NODATA_value; expected at least some elevations");
            }

            if (hasRange)
            {
                // min/max are in metres with one decimal: allow 0.1 m.
                int min = map.MinElevationCenti();
                int max = map.MaxElevationCenti();
                if (Abs(min - rangeMinCenti) > 10 || Abs(max - rangeMaxCenti) > 10)
                {
                    throw new ElevationFormatException(source, headerLine, "header says elevations span " + Metres2(rangeMinCenti) + " .. " + Metres2(rangeMaxCenti) + " m (fields 4-5), but the rows span " + Metres2(min) + " .. " + Metres2(max) + " m; values must be decimetres (e.g. -46120 for -4612.0 m)");
                }
            }

            return map;
        }

        /// <summary>
        /// Parses a plain decimal ("-4612.0", "47.8824462890625", "12") and returns it times
        /// multiplier/100 in hundredths (multiplier 100: hundredths of the value; 10: the value is
        /// decimetres, result centimetres), rounded half away from zero. Returns null or an error phrase.
        /// </summary>
        public static string TryParseScaled(string token, int multiplier, out int value)
        {
            value = 0;
            int n = token.Length;
            int k = 0;
            bool negative = false;
            if (k < n && (token[k] == '-' || token[k] == '+'))
            {
                negative = token[k] == '-';
                k++;
            }

            long whole = 0;
            int wholeDigits = 0;
            while (k < n && token[k] >= '0' && token[k] <= '9')
            {
                if (whole > MaxAbsValue)
                {
                    return "is too large (at most " + MaxAbsValue.ToString() + " in magnitude)";
                }

                whole = whole * 10 + (token[k] - '0');
                wholeDigits++;
                k++;
            }

            long fraction = 0; // 6 digits
            int fractionDigits = 0;
            if (k < n && token[k] == '.')
            {
                k++;
                while (k < n && token[k] >= '0' && token[k] <= '9')
                {
                    if (fractionDigits < 6)
                    {
                        fraction = fraction * 10 + (token[k] - '0');
                    }

                    fractionDigits++;
                    k++;
                }
            }

            if (k != n || wholeDigits + fractionDigits == 0)
            {
                return "is not a number";
            }

            if (whole > MaxAbsValue)
            {
                return "is too large (at most " + MaxAbsValue.ToString() + " in magnitude)";
            }

            for (int d = fractionDigits; d < 6; d++)
            {
                fraction *= 10;
            }

            long micro = whole * 1000000 + fraction;
            long scaled = (micro * multiplier + 500000) / 1000000;
            value = (int)(negative ? -scaled : scaled);
            return null;
        }

        private static int RequireNumber(string source, int line, string token, string field, int multiplier)
        {
            int v;
            string error = TryParseScaled(token, multiplier, out v);
            if (error != null)
            {
                throw new ElevationFormatException(source, line, field + " '" + token + "' " + error + "; expected a decimal number");
            }

            return v;
        }

        private static int ParseSide(string source, int line, string token, string field)
        {
            int v = 0;
            bool ok = token.Length > 0 && token.Length <= 5;
            for (int k = 0; ok && k < token.Length; k++)
            {
                char ch = token[k];
                ok = ch >= '0' && ch <= '9';
                v = v * 10 + (ch - '0');
            }

            if (!ok)
            {
                throw new ElevationFormatException(source, line, field + " '" + token + "' is not a whole number; expected " + ElevationMap.MinSide.ToString() + ".." + ElevationMap.MaxSide.ToString());
            }

            if (v < ElevationMap.MinSide || v > ElevationMap.MaxSide)
            {
                throw new ElevationFormatException(source, line, field + " " + v.ToString() + " is out of range; a map is " + ElevationMap.MinSide.ToString() + ".." + ElevationMap.MaxSide.ToString() + " cells per side");
            }

            return v;
        }

        private static int NextContentLine(string[] lines, int from)
        {
            int i = from;
            while (i < lines.Length)
            {
                string line = lines[i].Trim(Trim);
                if (line.Length > 0 && line[0] != '#')
                {
                    break;
                }

                i++;
            }

            return i;
        }

        private static string[] Tokens(string line)
        {
            string trimmed = line.Trim(Trim);
            if (trimmed.Length == 0)
            {
                return new string[0];
            }

            string[] raw = trimmed.Split(TokenSeparators);
            int count = 0;
            for (int k = 0; k < raw.Length; k++)
            {
                if (raw[k].Length > 0)
                {
                    count++;
                }
            }

            string[] tokens = new string[count];
            count = 0;
            for (int k = 0; k < raw.Length; k++)
            {
                if (raw[k].Length > 0)
                {
                    tokens[count++] = raw[k].Trim(Trim);
                }
            }

            return tokens;
        }

        private static bool IsLetter(char ch)
        {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        }

        private static int Abs(int v)
        {
            return v < 0 ? -v : v;
        }

        private static string Metres2(int centi)
        {
            int a = Abs(centi);
            string frac = (a % 100).ToString();
            if (frac.Length < 2)
            {
                frac = "0" + frac;
            }

            return (centi < 0 ? "-" : "") + (a / 100).ToString() + "." + frac;
        }

        private static string NameOf(string source)
        {
            int slash = source.LastIndexOfAny(PathSeparators);
            string name = slash >= 0 ? source.Substring(slash + 1) : source;
            int dot = name.LastIndexOf('.');
            if (dot > 0)
            {
                name = name.Substring(0, dot);
            }

            return name.Length == 0 ? source : name;
        }
    }
}
