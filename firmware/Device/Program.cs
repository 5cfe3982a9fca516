using System;
using System.Device.Gpio;
using System.Device.Spi;
using System.IO.Ports;
using System.Threading;
using ReRamNav.BoardConfigs;
using ReRamNav.BoardConfigs.Kits;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Device;
using ReRamNav.Drivers.Hal;
using ReRamNav.Firmware.Console;
using ReRamNav.HalMock;

namespace ReRamNav.Firmware.Device
{
    /// <summary>
    /// The device entry point (docs/flashing.md, docs/wiring.md). Picks the board config, opens SPI and GPIO through the
    /// drivers/Device adapters (or builds the virtual board), runs the start-up self-test, then serves
    /// the serial console until power-off. Device-only: compiled by ReRamNav.Firmware.nfproj alone.
    /// </summary>
    public static class Program
    {
        /// <summary>The kit this image runs on: a name from BoardConfigRegistry (docs/wiring.md). The one line to change.</summary>
        private const string BoardName = "esp32-devkitc";

        /// <summary>True: run the built-in virtual board instead of the FPGA (nothing wired); the kit's LED,
        /// button and console are still used. "mock-bench" as BoardName does the same on an ESP32-DevKitC.</summary>
        private const bool UseVirtualBoard = false;

        /// <summary>Seed of the virtual board's device variability (mock bench only).</summary>
        private const uint VirtualBoardSeed = 1;

        /// <summary>Length of the RESET_N pulse at start-up, µs, and the FPGA's time to come out of reset, µs.</summary>
        private const int ResetPulseUs = 1000;
        private const int ResetRecoveryUs = 20000;

        /// <summary>Console loop period, ms: short enough for typing, long enough to leave the CPU to the demo thread.</summary>
        private const int PollMs = 20;

        /// <summary>Fast blink half-period after a failed self-test, ms.</summary>
        private const int FailBlinkMs = 100;

        public static void Main()
        {
            DeviceLineSink sink = new DeviceLineSink();
            LineWriter boot = new LineWriter(sink);
            GpioController gpio = new GpioController();

            BoardConfig config = BoardConfigRegistry.Find(BoardName);
            if (config == null)
            {
                boot.Line("# error: unknown BoardName '" + BoardName + "' in Program.cs; expected one of " + BoardConfigRegistry.NamesText());
                Thread.Sleep(Timeout.Infinite);
            }

            if (UseVirtualBoard && !config.UsesVirtualBoard)
            {
                config = MockBench.On(config);
            }

            StatusLed led = new StatusLed(gpio, config.StatusLedPin, config.StatusLedActiveHigh);
            string problem = BoardConfigValidator.Check(config);
            if (problem != null)
            {
                // Nothing is opened with a config that failed its check: a wrong pin could fight the FPGA.
                boot.Line("# error: " + problem);
                BlinkForever(led);
            }

            SerialPort port = OpenConsolePort(config, boot);
            sink.Attach(port);
            boot.Line("# ReRamNav firmware on " + config.Name + " (" + config.Description + "), nanoFramework target " + config.NanoffTarget);

            ReRamBoard board = config.UsesVirtualBoard ? CreateVirtualBoard(config) : OpenBoard(config, gpio, boot);
            string selfTestProblem = SelfTest(board, config);
            CommandConsole console = new CommandConsole(config, board, sink, selfTestProblem);
            console.RunDemoInBackground = true;
            if (selfTestProblem == null)
            {
                console.Execute("ident");
                // The learned state and the experiment's progress are in the board's ReRAM: after an MCU or
                // board reset, offer to continue (docs/resume.md); the user button then resumes.
                if (!console.OfferResume())
                {
                    console.Say("ready: type 'help', or press the user button to run the maze demo");
                }
                led.Set(true);
            }
            else
            {
                console.Say("error: self-test: " + selfTestProblem + "; the console still answers ('config', 'ident' retries)");
            }

            Serve(console, port, new UserButton(gpio, config.UserButtonPin, config.UserButtonPressedHigh), led, board);
        }

        /// <summary>Reads console lines and the user button forever.</summary>
        private static void Serve(CommandConsole console, SerialPort port, UserButton button, StatusLed led, ReRamBoard board)
        {
            LineAssembler assembler = new LineAssembler();
            byte[] received = new byte[64];
            long nextBlinkTicks = 0;
            while (true)
            {
                if (port != null)
                {
                    int available = port.BytesToRead;
                    if (available > 0)
                    {
                        int count = port.Read(received, 0, available < received.Length ? available : received.Length);
                        for (int i = 0; i < count; i++)
                        {
                            if (!assembler.Feed(received[i]))
                            {
                                continue;
                            }

                            if (assembler.Problem != null)
                            {
                                console.Reject(assembler.Problem);
                            }
                            else
                            {
                                console.Execute(assembler.Line);
                            }
                        }
                    }
                }

                if (button.WasPushed())
                {
                    // stop a run, else resume the experiment offered at boot, else the maze demo (CommandConsole.ButtonCommand).
                    console.PressButton();
                }

                if (board.Identity == null)
                {
                    long now = DateTime.UtcNow.Ticks;
                    if (now >= nextBlinkTicks)
                    {
                        led.Toggle();
                        nextBlinkTicks = now + FailBlinkMs * TimeSpan.TicksPerMillisecond;
                    }
                }
                else
                {
                    led.Set(true);
                }

                Thread.Sleep(PollMs);
            }
        }

        /// <summary>
        /// IDENT (the driver refuses a board whose protocol or limits it does not understand, and takes the
        /// stricter of the config's and the board's limits), then one read of the first and the last
        /// place's state device. Returns null on success, else the reason.
        /// </summary>
        private static string SelfTest(ReRamBoard board, BoardConfig config)
        {
            try
            {
                BoardIdentity id = board.Connect();
                if (id.Rows != config.ArrayRows || id.Cols != config.ArrayCols)
                {
                    return "the board has " + id.Rows + "x" + id.Cols + " places, the config expects "
                        + config.ArrayRows + "x" + config.ArrayCols;
                }

                int[] places = new int[] { 0, id.PlaceCount - 1 };
                int[] devices = new int[] { ReRamNav.Drivers.Protocol.Payloads.StateDevice, ReRamNav.Drivers.Protocol.Payloads.StateDevice };
                int[] values = new int[2];
                board.ReadCells(places, devices, 2, 200, 1, values);
                if (values[0] <= 0 || values[1] <= 0)
                {
                    return "the read check returned " + values[0] + " and " + values[1] + " nS; expected conductances above 0";
                }

                return null;
            }
            catch (BoardException e)
            {
                return BoardErrorKind.Name(e.Kind) + ": " + e.Message;
            }
        }

        private static ReRamBoard CreateVirtualBoard(BoardConfig config)
        {
            VirtualBoardConfig virtualConfig = new VirtualBoardConfig();
            virtualConfig.Rows = config.ArrayRows;
            virtualConfig.Cols = config.ArrayCols;
            virtualConfig.Seed = VirtualBoardSeed;
            virtualConfig.SpiClockHz = config.SpiClockHz;
            VirtualBoard virtualBoard = new VirtualBoard(virtualConfig);
            return new ReRamBoard(virtualBoard, virtualBoard.Ready, virtualBoard.Clock, config.Limits);
        }

        private static ReRamBoard OpenBoard(BoardConfig config, GpioController gpio, LineWriter boot)
        {
            bool esp32 = config.Family == McuFamily.Esp32 || config.Family == McuFamily.Esp32Psram || config.Family == McuFamily.Esp32S3;
            IClock clock = esp32 ? (IClock)new Esp32HighResClock() : new SystemClock();

            // Reset first, so the FPGA starts from a known state whatever the MCU did before this boot.
            GpioDigitalOutput reset = new GpioDigitalOutput(gpio, config.ResetPin, true);
            reset.Write(false);
            clock.DelayUs(ResetPulseUs);
            reset.Write(true);
            clock.DelayUs(ResetRecoveryUs);

            // GPIO34..39 on the ESP32 have no pull resistors (the wiring adds one); elsewhere a pull-down keeps
            // READY low, "busy", while the FPGA is unpowered.
            PinMode readyMode = McuFamily.IsInputOnly(config.Family, config.ReadyPin) ? PinMode.Input : PinMode.InputPullDown;
            GpioDigitalInput ready = new GpioDigitalInput(gpio, config.ReadyPin, readyMode);

            if (config.MuxesSpiPinsAtRunTime)
            {
                Esp32SpiPins.Configure(config.MosiPin, config.MisoPin, config.SckPin, config.SpiBusId);
            }

            SpiDeviceBus bus = SpiDeviceBus.Open(config.SpiBusId, config.ChipSelectPin, config.SpiClockHz, (SpiMode)config.SpiMode);
            boot.Append("# spi: SPI").Append(config.SpiBusId).Append(" at ").Append(bus.ClockHz).Append(" Hz requested, mode ")
                .Append(config.SpiMode).EndLine();
            return new ReRamBoard(bus, ready, clock, config.Limits);
        }

        /// <summary>The console UART, or null (then the console is write-only, to the debugger output).</summary>
        private static SerialPort OpenConsolePort(BoardConfig config, LineWriter boot)
        {
            try
            {
                if (McuFamily.MuxesSpiPinsAtRunTime(config.Family))
                {
                    Esp32ConsolePins.Configure(config.ConsolePort, config.ConsoleTxPin, config.ConsoleRxPin);
                }

                SerialPort port = new SerialPort(config.ConsolePort, config.ConsoleBaud);
                port.Parity = Parity.None;
                port.DataBits = 8;
                port.StopBits = StopBits.One;
                port.Handshake = Handshake.None;
                port.Open();
                return port;
            }
            catch (Exception e)
            {
                boot.Line("# error: console " + config.ConsolePort + " did not open (" + e.Message + "); output goes to the debugger only");
                return null;
            }
        }

        private static void BlinkForever(StatusLed led)
        {
            while (true)
            {
                led.Toggle();
                Thread.Sleep(FailBlinkMs);
            }
        }
    }
}
