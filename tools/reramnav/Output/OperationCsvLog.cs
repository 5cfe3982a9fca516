using System.Globalization;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;

namespace ReRamNav.Cli.Output;

/// <summary>
/// The per-operation log as CSV on the host (`--log FILE.csv`): a header line
/// (<see cref="OperationLogColumns.Header"/>), then one line per read and pulse the driver reports.
/// </summary>
public sealed class OperationCsvLog : IOperationLog, IDisposable
{
    private readonly TextWriter _writer;

    public long Rows { get; private set; }

    public OperationCsvLog(TextWriter writer)
    {
        _writer = writer;
        _writer.WriteLine(OperationLogColumns.Header);
    }

    public void Record(long timeUs, int operation, int row, int col, int device, int voltageMv, int complianceUa, int widthNs,
        int samples, int pulses, int conductanceNs, int verify, int status)
    {
        var c = CultureInfo.InvariantCulture;
        _writer.Write(timeUs.ToString(c)); _writer.Write(',');
        _writer.Write(OperationKind.Name(operation)); _writer.Write(',');
        _writer.Write(row.ToString(c)); _writer.Write(',');
        _writer.Write(col.ToString(c)); _writer.Write(',');
        _writer.Write(device.ToString(c)); _writer.Write(',');
        _writer.Write(voltageMv.ToString(c)); _writer.Write(',');
        _writer.Write(complianceUa.ToString(c)); _writer.Write(',');
        _writer.Write(widthNs.ToString(c)); _writer.Write(',');
        _writer.Write(samples.ToString(c)); _writer.Write(',');
        _writer.Write(pulses.ToString(c)); _writer.Write(',');
        _writer.Write(conductanceNs.ToString(c)); _writer.Write(',');
        _writer.Write(OperationLogColumns.VerifyText(verify)); _writer.Write(',');
        _writer.WriteLine(StatusCode.Name((byte)status));
        Rows++;
    }

    public void Dispose() => _writer.Dispose();
}
