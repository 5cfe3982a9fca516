using System.Globalization;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Cli.Commands.Board;

/// <summary>`--cell ROW,COL,DEVICE` (repeatable): the cells of the single-cell commands, checked against the
/// board's geometry from IDENT, as places (row * cols + col) and devices.</summary>
internal static class BoardCells
{
    public static (int[] Places, int[] Devices) Parse(string[] texts, BoardIdentity identity, string option)
    {
        if (texts.Length == 0) throw new CliUsageException($"{option}: give at least one cell, ROW,COL,DEVICE (0-based; device 0..8, 8 = the state device)");
        var places = new int[texts.Length];
        var devices = new int[texts.Length];
        for (int i = 0; i < texts.Length; i++)
        {
            string[] parts = texts[i].Split(',');
            if (parts.Length != 3
                || !int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int row)
                || !int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int col)
                || !int.TryParse(parts[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int device))
                throw new CliUsageException($"{option}: '{texts[i]}' is not a cell; expected ROW,COL,DEVICE with 0-based integers, e.g. 3,4,8");
            if (row >= identity.Rows) throw new CliUsageException($"{option}: '{texts[i]}': row {row} is outside 0..{identity.Rows - 1} of the board");
            if (col >= identity.Cols) throw new CliUsageException($"{option}: '{texts[i]}': column {col} is outside 0..{identity.Cols - 1} of the board");
            if (device >= Payloads.DevicesPerPlace) throw new CliUsageException($"{option}: '{texts[i]}': device {device} is outside 0..{Payloads.DevicesPerPlace - 1}");
            places[i] = row * identity.Cols + col;
            devices[i] = device;
        }
        return (places, devices);
    }

    /// <summary>Reads the cells in READ_CELLS transactions of up to 255 cells.</summary>
    public static int[] Read(ReRamBoard driver, int[] places, int[] devices, int readMv, int samples)
    {
        var values = new int[places.Length];
        var chunkPlaces = new int[Payloads.MaxReadCells];
        var chunkDevices = new int[Payloads.MaxReadCells];
        var chunkValues = new int[Payloads.MaxReadCells];
        for (int done = 0; done < places.Length; done += Payloads.MaxReadCells)
        {
            int n = Math.Min(Payloads.MaxReadCells, places.Length - done);
            Array.Copy(places, done, chunkPlaces, 0, n);
            Array.Copy(devices, done, chunkDevices, 0, n);
            driver.ReadCells(chunkPlaces, chunkDevices, n, readMv, samples, chunkValues);
            Array.Copy(chunkValues, 0, values, done, n);
        }
        return values;
    }
}
