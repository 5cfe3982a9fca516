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

        /// <summary>Rows printed since <see cref="NewTable"/>.</summary>
        public int Rows;

        private bool _headerPrinted;

        public ConsoleTableSink(LineWriter writer)
        {
            _out = writer;
        }

        /// <summary>The next <see cref="BeginTable"/> prints the header; until then a routine run again (for
        /// the next piece of the array) adds rows to the same table.</summary>
        public void NewTable()
        {
            _headerPrinted = false;
            Rows = 0;
        }

        public void BeginTable(string routine, string[] columns)
        {
            if (_headerPrinted && routine == _routine)
            {
                return;
            }

            _routine = routine;
            _headerPrinted = true;
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
