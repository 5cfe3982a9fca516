using System.Globalization;
using ReRamNav.Firmware.Characterisation;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>The area options of the array routines (read-map, form, endurance, retention): a range of places
/// (place = row * cols + col; whole rows are a contiguous range) and the devices of each place.</summary>
internal static class BoardSelection
{
    public static void AddOptions(BoardOptions o)
    {
        o.Add("--first-place", 0, "First place of the selection (place = row * cols + col)");
        o.Add("--places", 0, "Number of places (0 = to the end of the array)");
        o.AddText("--devices", "0-8", "Devices of each place: 0-8, 8, 0,1,2 or a hex mask 0x1FF (8 = the state device)");
    }

    public static void Apply(BoardRun run, CellSelection cells)
    {
        int places = run.Driver.Identity.PlaceCount;
        cells.FirstPlace = OptionValues.CheckRange(run.Int("--first-place"), 0, places - 1, "--first-place");
        cells.PlaceCount = OptionValues.CheckRange(run.Int("--places"), 0, places - cells.FirstPlace, "--places");
        cells.DeviceMask = ParseDevices(run.Text("--devices") ?? "0-8");
    }

    /// <summary>"0-8", "8", "0,1,2", "0-3,8" or a hex mask "0x1FF" → device mask (bit d = device d).</summary>
    public static int ParseDevices(string text)
    {
        string t = text.Trim();
        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            if (int.TryParse(t[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int hex) && hex > 0 && hex <= 0x1FF) return hex;
            throw new CliUsageException($"--devices: '{text}' is not a mask of devices 0..8; expected 0x001..0x1FF");
        }
        int mask = 0;
        foreach (string raw in t.Split(','))
        {
            string part = raw.Trim();
            string[] ends = part.Split('-');
            if (ends.Length <= 2
                && int.TryParse(ends[0], NumberStyles.None, CultureInfo.InvariantCulture, out int from)
                && int.TryParse(ends[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int to)
                && from <= to && to <= 8)
            {
                for (int d = from; d <= to; d++) mask |= 1 << d;
                continue;
            }
            throw new CliUsageException($"--devices: '{part}' is not a device or range; expected devices 0..8 as 0-8, 8, 0,1,2 or 0x1FF");
        }
        return mask;
    }
}
