using System.Globalization;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Cli;

/// <summary>Parsing of option values the CLI shares between commands; every error names the option and the expected form.</summary>
public static class OptionValues
{
    /// <summary>"ROW,COL", 0-based, as in the maze files (docs/formats.md).</summary>
    public static (int Row, int Col) ParseCell(string text, string option)
    {
        var parts = text.Split(',');
        if (parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int row)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int col))
        {
            return (row, col);
        }
        throw new CliUsageException($"{option}: '{text}' is not a cell; expected ROW,COL with 0-based integers, e.g. 3,27");
    }

    /// <summary>"7", "1-10" or "1,4,9" (and mixes, "1-3,8"): at most 1000 seeds, each 0..4294967295.</summary>
    public static uint[] ParseSeeds(string text, string option)
    {
        var seeds = new List<uint>();
        foreach (var rawPart in text.Split(','))
        {
            string part = rawPart.Trim();
            int dash = part.IndexOf('-', 1 > part.Length ? 0 : 1);
            bool ok;
            if (dash > 0)
            {
                ok = uint.TryParse(part[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out uint from)
                     & uint.TryParse(part[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out uint to);
                if (ok && to >= from && to - from < 1000)
                {
                    for (ulong s = from; s <= to; s++) seeds.Add((uint)s);
                    continue;
                }
                if (ok && to < from) throw new CliUsageException($"{option}: the range '{part}' runs backwards; expected LOW-HIGH, e.g. {to}-{from}");
                if (ok) throw new CliUsageException($"{option}: the range '{part}' holds {(ulong)to - from + 1} seeds; at most 1000");
            }
            else if (uint.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out uint one))
            {
                seeds.Add(one);
                continue;
            }
            throw new CliUsageException($"{option}: '{part}' is not a seed or range; expected e.g. 7, 1-10 or 1,4,9 (non-negative integers, ranges up to 1000 seeds)");
        }
        if (seeds.Count > 1000) throw new CliUsageException($"{option}: {seeds.Count} seeds, at most 1000");
        return seeds.ToArray();
    }

    /// <summary>A bare number N means seeds 1..N (as in issue 5: --seeds 10); ranges and lists as in <see cref="ParseSeeds"/>.</summary>
    public static uint[] ParseSeedCount(string text, string option)
    {
        string t = text.Trim();
        if (t.Length > 0 && t.All(char.IsAsciiDigit))
        {
            if (!uint.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out uint count) || count < 1 || count > 1000)
                throw new CliUsageException($"{option}: {t} is out of range; expected a count 1..1000, a range like 1-10 or a list like 1,4,9");
            return Enumerable.Range(1, (int)count).Select(x => (uint)x).ToArray();
        }
        return ParseSeeds(t, option);
    }

    /// <summary>Layouts A and B (files, or the built-in ones) and the start, checked together: same size, start free, goal reachable.</summary>
    public static (GridMaze A, GridMaze B, int StartRow, int StartCol) LoadMazePair(string? mazeA, string? mazeB, string? start)
    {
        GridMaze a = mazeA == null ? BuiltInMazes.LayoutA() : LoadMaze(mazeA, "--maze-a");
        GridMaze b = mazeB == null ? BuiltInMazes.LayoutB() : LoadMaze(mazeB, "--maze-b");
        CheckSameSize(a, b, mazeA, mazeB);
        int startRow, startCol;
        if (start != null) (startRow, startCol) = ParseCell(start, "--start");
        else if (a.HasStart) (startRow, startCol) = (a.StartRow, a.StartCol);
        else throw new CliUsageException($"--start: maze A ({a.SourceName}) marks no start (no 'S' cell or start_rc0 line); give --start ROW,COL");
        ValidateStart(a, mazeA == null ? null : "--maze-a", start, startRow, startCol, "maze A");
        ValidateStart(b, mazeB == null ? null : "--maze-b", start, startRow, startCol, "maze B");
        return (a, b, startRow, startCol);
    }

    /// <summary>
    /// What a run of A -> B -> A will do that the user may not expect, said before it starts: layout B's own start
    /// mark is not used (every block starts where A does), and a step cap below a layout's shortest path, with which
    /// no trial of that layout can reach the goal.
    /// </summary>
    public static IEnumerable<string> ExperimentNotes(GridMaze a, GridMaze b, string? start, int startRow, int startCol, int maxSteps)
    {
        if (start == null && b.HasStart && (b.StartRow != startRow || b.StartCol != startCol))
            yield return $"note: layout B marks its start at ({b.StartRow},{b.StartCol}); every block starts at ({startRow},{startCol}), maze A's start (give --start ROW,COL to choose another)";
        int shortestA = ShortestPath.Moves(a, startRow, startCol), shortestB = ShortestPath.Moves(b, startRow, startCol);
        if (maxSteps < shortestA || maxSteps < shortestB)
            yield return $"note: --max-steps {maxSteps} is below the shortest path ({(maxSteps < shortestA ? "A: " + shortestA : "B: " + shortestB)} moves): no trial of that layout can reach the goal";
    }

    /// <summary>
    /// The start must be free and the goal reachable from it in <paramref name="maze"/>. The message blames what the user
    /// gave: --start if they gave it, else the layout's option (the start came from maze A's 'S' cell), else both
    /// are built in and it names the layout.
    /// </summary>
    private static void ValidateStart(GridMaze maze, string? mazeOption, string? start, int startRow, int startCol, string layout)
    {
        try
        {
            MazeValidator.Validate(maze, startRow, startCol);
        }
        catch (MazeFormatException e)
        {
            if (start != null) throw new CliUsageException("--start: " + e.Message);
            string where = $"the start ({startRow},{startCol}) is the one marked in maze A";
            throw new CliUsageException($"{mazeOption ?? layout}: {e.Message} ({where}; give --start ROW,COL, a place free in both layouts)");
        }
    }

    /// <summary>
    /// Layouts A and B run on one array, so they must be the same size. The message blames the option the user
    /// gave: with only one of --maze-a/--maze-b given, the other layout is a built-in one the user never chose.
    /// </summary>
    public static void CheckSameSize(GridMaze a, GridMaze b, string? mazeA, string? mazeB)
    {
        if (a.Rows == b.Rows && a.Cols == b.Cols) return;
        if (mazeA != null && mazeB == null)
            throw new CliUsageException($"--maze-a: {a.SourceName} is {a.Rows}x{a.Cols} places, but the built-in layout B is {b.Rows}x{b.Cols}; "
                + $"give --maze-b with a {a.Rows}x{a.Cols} layout (both layouts run on one array; --maze-b {a.SourceName} uses A in every block)");
        if (mazeA == null && mazeB != null)
            throw new CliUsageException($"--maze-b: {b.SourceName} is {b.Rows}x{b.Cols} places, but the built-in layout A is {a.Rows}x{a.Cols}; "
                + $"give --maze-a with a {b.Rows}x{b.Cols} layout (both layouts run on one array; --maze-a {b.SourceName} uses B in every block)");
        throw new CliUsageException($"--maze-b: {b.SourceName} is {b.Rows}x{b.Cols} places, expected the size of maze A ({a.Rows}x{a.Cols}) given by --maze-a {a.SourceName}: both layouts run on one array");
    }

    public static int CheckRange(int value, int min, int max, string option)
    {
        if (value < min || value > max) throw new CliUsageException($"{option}: {value} is out of range, expected {min}..{max}");
        return value;
    }

    /// <summary>Reads and parses a maze file; parser errors already name the file and line.</summary>
    public static GridMaze LoadMaze(string path, string option)
    {
        if (Directory.Exists(path)) throw new CliUsageException($"{option}: {path} is a directory, expected a maze text file (docs/formats.md)");
        if (!File.Exists(path)) throw new CliUsageException($"{option}: {path}: file not found (expected a maze text file, docs/formats.md)");
        return MazeParser.Parse(ReadTextFile(path, option, "a maze text file (docs/formats.md)"), path);
    }

    /// <summary>Largest text input file read whole (mazes, maps, logs): a 255x255 maze or a 4096x4096 map fits many times over.</summary>
    public const long MaxTextFileBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Reads a whole text input file named by <paramref name="option"/>; a directory, a missing file, one that
    /// cannot be read, or one larger than <see cref="MaxTextFileBytes"/> (a device such as /dev/zero included)
    /// is bad input naming the option and what was expected.
    /// </summary>
    public static string ReadTextFile(string path, string option, string expected)
    {
        if (Directory.Exists(path)) throw new CliUsageException($"{option}: {path} is a directory, expected {expected}");
        if (!File.Exists(path)) throw new CliUsageException($"{option}: {path}: file not found (expected {expected})");
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read);
            using var reader = new StreamReader(stream);
            var buffer = new char[81920];
            var text = new System.Text.StringBuilder();
            int n;
            while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                text.Append(buffer, 0, n);
                if (text.Length > MaxTextFileBytes)
                    throw new CliUsageException($"{option}: {path} is larger than {MaxTextFileBytes / (1024 * 1024)} MB; expected {expected}");
            }
            return text.ToString();
        }
        catch (IOException e) { throw new CliUsageException($"{option}: {path}: cannot read: {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new CliUsageException($"{option}: {path}: cannot read: {e.Message}"); }
    }

    /// <summary>Creates an output directory (and its parents); a path that cannot be one is bad input naming <paramref name="option"/>.</summary>
    public static void CreateOutputDirectory(string path, string option, params string[] fileNames)
    {
        if (File.Exists(path)) throw new CliUsageException($"{option}: {path} is a file, expected a directory for the output files");
        for (string? parent = Path.GetDirectoryName(Path.GetFullPath(path)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
            if (File.Exists(parent)) throw new CliUsageException($"{option}: {parent} is a file, so {path} cannot be a directory under it");
        try
        {
            Directory.CreateDirectory(path);
            string probe = Path.Combine(path, ".reramnav-write-test");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"{option}: cannot write to the directory {path}: {e.Message}");
        }
        // Checked before the run, so that no result is computed and then lost at the end.
        foreach (string name in fileNames) CheckOutputFile(Path.Combine(path, name), option);
    }

    /// <summary>
    /// An output file that can be written: its directory is created if missing, and it is not a directory or a
    /// read-only file. Checked before the work that produces it, so that no result is computed and then lost.
    /// An existing file is left as it is (opened for writing, not truncated).
    /// </summary>
    public static void CheckOutputFile(string path, string option)
    {
        if (Directory.Exists(path)) throw new CliUsageException($"{option}: {path} is a directory, expected a file to write; remove it or choose another {option}");
        try
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            bool existed = File.Exists(path);
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write)) { }
            if (!existed) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"{option}: cannot write {path}: {e.Message}");
        }
    }

    /// <summary>Creates (or replaces) an output file and its directory; a path that cannot be written is bad input naming <paramref name="option"/>.</summary>
    public static StreamWriter CreateOutputFile(string path, string option)
    {
        if (Directory.Exists(path)) throw new CliUsageException($"{option}: {path} is a directory, expected a file name");
        try
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
            return new StreamWriter(path, append: false) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"{option}: cannot write {path}: {e.Message}");
        }
    }
}
