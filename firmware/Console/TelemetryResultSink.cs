using ReRamNav.Firmware.Characterisation;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// A characterisation routine's table on the device console (docs/telemetry.md, "Characterisation
    /// lines"): <c># table ROUTINE: col1,col2,...</c>, then one <c># ROUTINE,v1,v2,...</c> line per row,
    /// then <c># end ROUTINE: N rows</c>. Comment lines, so that a trial reader passes over them; a reader
    /// that wants the table strips the "# ROUTINE," prefix. Allocates nothing per row.
    /// </summary>
    public sealed class TelemetryResultSink : IResultSink
    {
        private readonly LineWriter _writer;
        private string _routine;

        /// <summary>Rows written since the last <see cref="BeginTable"/>.</summary>
        public int Rows;

        public TelemetryResultSink(LineWriter writer)
        {
            _writer = writer;
        }

        public void BeginTable(string routine, string[] columns)
        {
            _routine = routine;
            Rows = 0;
            _writer.Append("# table ").Append(routine).Append(": ");
            for (int i = 0; i < columns.Length; i++)
            {
                if (i > 0) _writer.Append(',');
                _writer.Append(columns[i]);
            }
            _writer.EndLine();
        }

        public void Row(long[] values)
        {
            _writer.Append("# ").Append(_routine);
            for (int i = 0; i < values.Length; i++)
            {
                _writer.Append(',').Append(values[i]);
            }
            _writer.EndLine();
            Rows++;
        }

        public void EndTable()
        {
            _writer.Append("# end ").Append(_routine).Append(": ").Append(Rows).Append(" rows").EndLine();
        }
    }
}
