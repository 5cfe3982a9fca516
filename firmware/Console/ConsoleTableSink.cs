using ReRamNav.Firmware.Characterisation;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// Prints a characterisation routine's table on the console as comment lines "# NAME,v1,v2,...":
    /// the first is the column header, then one per row (docs/telemetry.md, tables). They start with '#'
    /// so that a telemetry reader never takes a table row for a trial; `grep '^# readmap,'` and cutting
    /// the first two characters gives a CSV file with the routine's name as its first column.
    /// </summary>
    public sealed class ConsoleTableSink : IResultSink
    {
        private readonly LineWriter _out;
        private string _routine;

        /// <summary>Rows printed since the last <see cref="BeginTable"/>.</summary>
        public int Rows;

        public ConsoleTableSink(LineWriter writer)
        {
            _out = writer;
        }

        public void BeginTable(string routine, string[] columns)
        {
            _routine = routine;
            Rows = 0;
            _out.Append("# ").Append(routine);
            for (int i = 0; i < columns.Length; i++)
            {
                _out.Append(',').Append(columns[i]);
            }

            _out.EndLine();
        }

        public void Row(long[] values)
        {
            _out.Append("# ").Append(_routine);
            for (int i = 0; i < values.Length; i++)
            {
                _out.Append(',').Append(values[i]);
            }

            _out.EndLine();
            Rows++;
        }

        public void EndTable()
        {
        }
    }
}
