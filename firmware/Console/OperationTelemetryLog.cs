using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// The per-operation log on the device console (docs/telemetry.md, "Operation lines"): one line
    /// <c># op,time_us,operation,row,col,device,...</c> per read and pulse, the columns of
    /// <see cref="OperationLogColumns.Header"/>. The lines start with '#' so that a telemetry reader that
    /// only wants trials (reramnav monitor) passes over them as comments. Allocates nothing per line.
    /// Attach with <c>board.OperationLog = new OperationTelemetryLog(writer)</c>; a learning run logs ~20
    /// lines per step, so attach it for characterisation, not for a whole demo over a slow UART.
    /// </summary>
    public sealed class OperationTelemetryLog : IOperationLog
    {
        /// <summary>Starts every operation line.</summary>
        public const string LinePrefix = "# op,";

        /// <summary>Names the columns once before the first operation line.</summary>
        public const string HeaderLine = "# ops v1: " + OperationLogColumns.Header;

        private readonly LineWriter _writer;

        public OperationTelemetryLog(LineWriter writer)
        {
            _writer = writer;
        }

        /// <summary>Lines written.</summary>
        public long Lines;

        public void WriteHeader()
        {
            _writer.Line(HeaderLine);
        }

        public void Record(long timeUs, int operation, int row, int col, int device, int voltageMv, int complianceUa, int widthNs,
            int samples, int pulses, int conductanceNs, int verify, int status)
        {
            _writer.Append(LinePrefix).Append(timeUs).Append(',').Append(OperationKind.Name(operation))
                .Append(',').Append(row).Append(',').Append(col).Append(',').Append(device)
                .Append(',').Append(voltageMv).Append(',').Append(complianceUa).Append(',').Append(widthNs)
                .Append(',').Append(samples).Append(',').Append(pulses).Append(',').Append(conductanceNs)
                .Append(',').Append(OperationLogColumns.VerifyText(verify)).Append(',').Append(StatusCode.Name((byte)status));
            _writer.EndLine();
            Lines++;
        }
    }
}
