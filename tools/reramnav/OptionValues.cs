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
        string text;
        try { text = File.ReadAllText(path); }
        catch (IOException e) { throw new CliUsageException($"{option}: {path}: cannot read: {e.Message}"); }
        catch (UnauthorizedAccessException e) { throw new CliUsageException($"{option}: {path}: cannot read: {e.Message}"); }
        return MazeParser.Parse(text, path);
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
