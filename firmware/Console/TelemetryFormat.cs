using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// The telemetry lines (docs/telemetry.md): a version comment, a CSV header, then one CSV line per
    /// trial with the columns of the host's trials.csv (tools/reramnav/Output/TrialCsv.cs) in the same
    /// order. Everything else the firmware prints starts with <see cref="CommentPrefix"/>, so the serial
    /// stream is a CSV file with comment lines and a reader never mistakes a message for a trial.
    /// </summary>
    public static class TelemetryFormat
    {
        /// <summary>Starts every line that is not the header or a trial.</summary>
        public const char CommentPrefix = '#';

        /// <summary>Printed before each header; a reader that sees another version must stop.</summary>
        public const string VersionLine = "# telemetry v1";

        /// <summary>Column names; never reordered or renamed within v1 (new columns may only be appended).</summary>
        public const string Header =
            "trial,block,layout,start_row,start_col,steps,optimal_steps,reached_goal,penalties,"
            + "sets,resets,reads,spi_transactions,spi_bytes,energy_pj,time_us";

        public const int ColumnCount = 16;

        /// <summary>The version comment and the header: once before the first trial of a run.</summary>
        public static void WriteHeader(LineWriter writer)
        {
            writer.Line(VersionLine);
            writer.Line(Header);
        }

        /// <summary>One trial as one line. Allocates nothing.</summary>
        public static void WriteTrial(LineWriter writer, TrialRecord r)
        {
            writer.Append(r.Trial).Append(',').Append(r.Block).Append(',');
            AppendField(writer, r.Layout);
            writer.Append(',').Append(r.StartRow).Append(',').Append(r.StartCol)
                .Append(',').Append(r.Steps).Append(',').Append(r.OptimalSteps)
                .Append(',').Append(r.ReachedGoal ? 1 : 0).Append(',').Append(r.Penalties)
                .Append(',').Append(r.Sets).Append(',').Append(r.Resets).Append(',').Append(r.Reads)
                .Append(',').Append(r.SpiTransactions).Append(',').Append(r.SpiBytes)
                .Append(',').Append(r.EnergyPj).Append(',').Append(r.TimeUs);
            writer.EndLine();
        }

        /// <summary>A text field, quoted as RFC 4180 says only when it must be (a maze file may be called "a,b").</summary>
        public static void AppendField(LineWriter writer, string value)
        {
            if (value == null)
            {
                return;
            }

            bool quote = false;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == ',' || c == '"' || c == '\r' || c == '\n')
                {
                    quote = true;
                    break;
                }
            }

            if (!quote)
            {
                writer.Append(value);
                return;
            }

            writer.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"')
                {
                    writer.Append('"');
                }

                // A line break inside a field would split the line: the stream is line-based, so replace it.
                writer.Append(c == '\r' || c == '\n' ? ' ' : c);
            }

            writer.Append('"');
        }
    }
}
