using System.Globalization;
using ReRamNav.Firmware.Characterisation;

namespace ReRamNav.Cli.Output;

/// <summary>Writes a characterisation routine's table (firmware/Characterisation) as CSV: a header line of the
/// column names, then one line per row.</summary>
public sealed class CsvResultSink(TextWriter writer, CancellationToken stop = default) : IResultSink
{
    public long Rows { get; private set; }

    /// <summary>Thrown after a whole row once <c>stop</c> is set (Ctrl+C): the table so far is complete, and flushed.</summary>
    public sealed class StoppedException(long rows) : Exception($"stopped after {rows} rows")
    {
        public long Rows { get; } = rows;
    }

    public void BeginTable(string routine, string[] columns) => writer.WriteLine(string.Join(",", columns));

    public void Row(long[] values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(values[i].ToString(CultureInfo.InvariantCulture));
        }
        writer.WriteLine();
        Rows++;
        if (stop.IsCancellationRequested)
        {
            writer.Flush();
            throw new StoppedException(Rows);
        }
    }

    public void EndTable() => writer.Flush();
}
