using System.Text;
using ReRamNav.BoardConfigs;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Hal;
using ReRamNav.Firmware.Console;
using ReRamNav.HalMock;

namespace ReRamNav.Tests.SerialConsole
{
    /// <summary>Collects console lines as strings (thread-safe: the demo may write from its own thread).</summary>
    internal sealed class ListSink : ILineSink
    {
        private readonly List<string> _lines = new List<string>();

        public void WriteLine(byte[] utf8, int count)
        {
            string line = Encoding.UTF8.GetString(utf8, 0, count);
            lock (_lines) _lines.Add(line);
        }

        public string[] Lines { get { lock (_lines) return _lines.ToArray(); } }

        public void Clear() { lock (_lines) _lines.Clear(); }
    }

    /// <summary>Counts lines without keeping them: lets the allocation tests measure the writer alone.</summary>
    internal sealed class CountingSink : ILineSink
    {
        public int Lines;
        public long Bytes;
        public void WriteLine(byte[] utf8, int count) { Lines++; Bytes += count; }
    }

    /// <summary>A console on the mock-bench config, wired to a connected virtual board.</summary>
    internal sealed class ConsoleBench
    {
        public readonly ListSink Sink = new ListSink();
        public readonly VirtualBoard Board;
        public readonly ReRamBoard Driver;
        public readonly CommandConsole Console;
        public readonly BoardConfig Config = MockBench.Create();

        public ConsoleBench(uint boardSeed = 1, bool connect = true)
        {
            Board = new VirtualBoard(new VirtualBoardConfig { Rows = 30, Cols = 30, Seed = boardSeed });
            Driver = new ReRamBoard(Board, Board.Ready, Board.Clock, Config.Limits);
            if (connect) Driver.Connect();
            Console = new CommandConsole(Config, Driver, Sink, connect ? null : "not tried");
        }

        /// <summary>Runs one command and returns the lines it printed.</summary>
        public string[] Run(string line)
        {
            Sink.Clear();
            Console.Execute(line);
            return Sink.Lines;
        }
    }

    /// <summary>A bus with nothing attached: MISO reads 0xFF, READY never rises.</summary>
    internal sealed class NothingAttached : ISpiBus, IDigitalInput, IClock
    {
        private long _nowUs;
        public int ClockHz => 1000000;
        public bool Read() => false;
        public long NowUs => _nowUs;
        public void DelayUs(int durationUs) => _nowUs += durationUs;
        public void TransferFullDuplex(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int length)
        {
            for (int i = 0; i < length; i++) readBuffer[readOffset + i] = 0xFF;
        }
    }
}
