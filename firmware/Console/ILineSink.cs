namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// Where the console's lines go: the serial port and the debugger output on the device, a list in
    /// the host tests. One call is one whole line, UTF-8, without the line terminator (the sink adds
    /// its own). The console thread and the demo thread both write, so an implementation must not
    /// interleave two calls; it must not keep <paramref name="utf8"/> after returning (it is reused).
    /// </summary>
    public interface ILineSink
    {
        void WriteLine(byte[] utf8, int count);
    }
}
