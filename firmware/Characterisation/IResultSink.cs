namespace ReRamNav.Firmware.Characterisation
{
    /// <summary>
    /// Where a characterisation routine writes its results: one table of integer columns (units in
    /// the column names), one row per measurement. The host CLI writes CSV; the device console can
    /// print telemetry lines. Rows reuse the same array: a sink must copy what it keeps.
    /// </summary>
    public interface IResultSink
    {
        /// <summary>Starts a table. <paramref name="routine"/> is the routine's name (readmap, form, ...).</summary>
        void BeginTable(string routine, string[] columns);

        /// <summary>One row, as many values as columns.</summary>
        void Row(long[] values);

        void EndTable();
    }
}
