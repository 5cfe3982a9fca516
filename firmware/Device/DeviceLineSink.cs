using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Text;
using ReRamNav.Firmware.Console;

namespace ReRamNav.Firmware.Device
{
    /// <summary>
    /// The console's output on the device: each line to the console UART (if it opened) and to the
    /// debugger output (Visual Studio's Output window, so the telemetry is visible without a
    /// USB-UART adapter). Device-only. Locked: the console thread and the demo thread both write.
    /// </summary>
    internal sealed class DeviceLineSink : ILineSink
    {
        private static readonly byte[] LineEnd = new byte[] { 13, 10 };

        private readonly object _lock = new object();
        private SerialPort _port;

        /// <summary>Starts sending to <paramref name="port"/> too (null: debugger output only).</summary>
        public void Attach(SerialPort port)
        {
            lock (_lock)
            {
                _port = port;
            }
        }

        public void WriteLine(byte[] utf8, int count)
        {
            lock (_lock)
            {
                if (_port != null)
                {
                    try
                    {
                        // The bytes go out as they are: no string, no allocation on this path.
                        _port.Write(utf8, 0, count);
                        _port.Write(LineEnd, 0, LineEnd.Length);
                    }
                    catch (Exception)
                    {
                        // A UART that fails once (unplugged adapter is not detectable, a driver error is)
                        // is dropped rather than retried on every line; the debugger output goes on.
                        _port = null;
                    }
                }

                // Debug.WriteLine takes only a string: one allocation per line, once per trial at most.
                Debug.WriteLine(Encoding.UTF8.GetString(utf8, 0, count));
            }
        }
    }
}
