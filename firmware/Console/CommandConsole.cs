using System;
using ReRamNav.BoardConfigs;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Characterisation;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// The serial console: executes one command line and answers with lines that start with '#'
    /// ("# ok ..." or "# error: ...; expected ..."), so that a telemetry reader can skip them. Any
    /// input, garbage included, gets an answer; nothing a user types can throw out of <see cref="Execute"/>.
    /// Commands that use the SPI bus are refused while a demo runs: the driver's buffers are not shared.
    /// </summary>
    public sealed class CommandConsole
    {
        public const string CommandList = "help, ident, status, config, limits, read ROW COL, char readmap|form|endurance|retention [PLACES] [N], oplog on|off, run demo [SEED] [TRIALS], stop";

        private readonly BoardConfig _config;
        private readonly ReRamBoard _board;
        private readonly LineWriter _out;
        private readonly CommandLine _command = new CommandLine();
        private readonly DemoSession _demo;
        private readonly int[] _values = new int[Payloads.ReadNbrValues];
        private readonly AgentParameters _readParameters = AgentParameters.PaperDefaults();
        private string _connectProblem;
        private readonly OperationTelemetryLog _operationLog;
        private readonly TelemetryResultSink _resultSink;

        /// <summary>Run demos on their own thread (the device). False: Execute returns when the demo ends (tests).</summary>
        public bool RunDemoInBackground;

        /// <param name="board">The driver; may be unconnected (its Identity null) when the self-test failed.</param>
        /// <param name="connectProblem">Why the board is not connected, for 'status'; null if it is.</param>
        public CommandConsole(BoardConfig config, ReRamBoard board, ILineSink sink, string connectProblem)
        {
            _config = config;
            _board = board;
            _out = new LineWriter(sink);
            _demo = new DemoSession(board, sink);
            // Their own writers: the demo thread may log operations while the console answers.
            _operationLog = new OperationTelemetryLog(new LineWriter(sink));
            _resultSink = new TelemetryResultSink(_out);
            _connectProblem = connectProblem;
        }

        public DemoSession Demo
        {
            get { return _demo; }
        }

        /// <summary>Reports a line the <see cref="LineAssembler"/> rejected.</summary>
        public void Reject(string problem)
        {
            Error(problem);
        }

        /// <summary>Prints a comment line (banner, self-test progress).</summary>
        public void Say(string text)
        {
            _out.Append("# ").Append(text).EndLine();
        }

        /// <summary>Executes one command line. Blank lines are ignored.</summary>
        public void Execute(string line)
        {
            try
            {
                string problem = _command.Parse(line);
                if (problem != null)
                {
                    Error(problem);
                    return;
                }

                if (_command.Count == 0)
                {
                    return;
                }

                Dispatch(_command.Word(0));
            }
            catch (BoardException e)
            {
                _out.Append("# error: board: ").Append(BoardErrorKind.Name(e.Kind)).Append(": ").Append(e.Message).EndLine();
            }
            catch (Exception e)
            {
                // A bug must not take the console down with it: report it and keep listening.
                _out.Append("# error: internal: ").Append(e.Message).EndLine();
            }
        }

        private void Dispatch(string verb)
        {
            switch (verb)
            {
                case "help":
                    if (ExpectWords(1, "help")) Help();
                    break;
                case "ident":
                    if (ExpectWords(1, "ident")) Ident();
                    break;
                case "status":
                    if (ExpectWords(1, "status")) Status();
                    break;
                case "config":
                    if (ExpectWords(1, "config")) Config();
                    break;
                case "limits":
                    if (ExpectWords(1, "limits")) Limits();
                    break;
                case "read":
                    Read();
                    break;
                case "char":
                    Characterise();
                    break;
                case "oplog":
                    OperationLog();
                    break;
                case "run":
                    Run();
                    break;
                case "stop":
                    if (ExpectWords(1, "stop")) Stop();
                    break;
                default:
                    _out.Append("# error: unknown command '").Append(verb).Append("'; expected one of: ").Append(CommandList).EndLine();
                    break;
            }
        }

        private void Help()
        {
            Say("ok help: commands (one per line, case does not matter)");
            Say("  help                      this list");
            Say("  ident                     connect if needed and show the board's IDENT");
            Say("  status                    idle or running, trials done, driver counters");
            Say("  config                    the dev kit's board config: target, SPI, pins");
            Say("  limits                    safety limits: config, board, and the stricter in force");
            Say("  read ROW COL              conductances of one place's 8 synapses and state device, nS");
            Say("  char ROUTINE [PLACES] [N] characterise places 0..PLACES-1 (default 1), all 9 devices: readmap, form,");
            Say("                            endurance (N cycles, default 10), retention (N reads 1 s apart, default 5)");
            Say("  oplog on|off              one '# op,...' line per read and pulse (docs/telemetry.md)");
            Say("  run demo [SEED] [TRIALS]  maze A -> B -> A, TRIALS per block (default 1 40); telemetry follows");
            Say("  stop                      stop the demo after the current trial");
        }

        private void Ident()
        {
            if (_board.Identity == null)
            {
                if (_demo.IsRunning)
                {
                    Error("busy: a demo is running; expected 'stop' first");
                    return;
                }

                try
                {
                    _board.Connect();
                    _connectProblem = null;
                }
                catch (BoardException e)
                {
                    _connectProblem = e.Message;
                    Error("no board: " + e.Message + "; expected a board that answers IDENT (check power, wiring and 'config')");
                    return;
                }
            }

            BoardIdentity id = _board.Identity;
            _out.Append("# ok ident: protocol ").Append(id.ProtocolMajor).Append('.').Append(id.ProtocolMinor)
                .Append(", ").Append(id.Rows).Append('x').Append(id.Cols).Append(" places, ").Append(id.DevicesPerPlace)
                .Append(" devices per place, serial 0x").Append(id.Serial.ToString("X8"))
                .Append(", capabilities 0x").Append(id.Capabilities.ToString("X8")).EndLine();
        }

        private void Status()
        {
            _out.Append("# ok status: ").Append(_demo.IsRunning ? "running" : "idle").Append(", trials done ").Append(_demo.TrialsDone)
                .Append(", board ").Append(_board.Identity != null ? "connected" : "not connected").EndLine();
            if (_board.Identity == null && _connectProblem != null)
            {
                Say("  board: " + _connectProblem);
            }

            DriverCounters c = _board.Counters;
            _out.Append("#   spi: ").Append(c.Transactions).Append(" transactions, ").Append(c.SpiBytes).Append(" bytes, ")
                .Append(c.Retries).Append(" retries, ").Append(c.Timeouts).Append(" timeouts, ").Append(c.CorruptResponses)
                .Append(" corrupt, ").Append(c.Nacks).Append(" nacks, ").Append(c.LimitRefusals).Append(" refused").EndLine();
            _out.Append("#   array: ").Append(c.DeviceReads).Append(" reads, ").Append(c.Sets).Append(" sets, ").Append(c.Resets)
                .Append(" resets, ").Append(c.Forms).Append(" forms, ").Append(c.EnergyFj / 1000).Append(" pJ").EndLine();
        }

        private void Config()
        {
            BoardConfig c = _config;
            _out.Append("# ok config: ").Append(c.Name).Append(" (").Append(c.Description).Append("), firmware target ")
                .Append(c.NanoffTarget).EndLine();
            if (c.UsesVirtualBoard)
            {
                Say("  fpga: none, the virtual board runs in this firmware (mock bench)");
            }
            else
            {
                _out.Append("#   spi: SPI").Append(c.SpiBusId).Append(' ').Append(c.SpiClockHz).Append(" Hz mode ").Append(c.SpiMode)
                    .Append(", SCK ").Append(c.PinName(c.SckPin)).Append(" MOSI ").Append(c.PinName(c.MosiPin))
                    .Append(" MISO ").Append(c.PinName(c.MisoPin)).Append(" CS ").Append(c.PinName(c.ChipSelectPin))
                    .Append(c.MuxesSpiPinsAtRunTime ? " (routed by this firmware)" : " (fixed by the firmware image)").EndLine();
                _out.Append("#   gpio: READY ").Append(c.PinName(c.ReadyPin)).Append(" RESET ").Append(c.PinName(c.ResetPin))
                    .Append(" IRQ ").Append(c.PinName(c.InterruptPin)).EndLine();
            }

            _out.Append("#   kit: LED ").Append(c.PinName(c.StatusLedPin)).Append(" button ").Append(c.PinName(c.UserButtonPin))
                .Append(", console ").Append(c.ConsolePort).Append(' ').Append(c.ConsoleBaud).Append(" TX ")
                .Append(c.PinName(c.ConsoleTxPin)).Append(" RX ").Append(c.PinName(c.ConsoleRxPin)).EndLine();
            _out.Append("#   array: ").Append(c.ArrayRows).Append('x').Append(c.ArrayCols).Append(" places expected").EndLine();
        }

        private void Limits()
        {
            Say("ok limits: pulse and read limits, mV / uA / ns");
            Say("  config:   " + _config.Limits.ToString());
            if (_board.Identity != null)
            {
                Say("  board:    " + _board.Identity.BoardLimits.ToString());
                Say("  in force: " + _board.Limits.ToString());
            }
            else
            {
                Say("  board:    not connected (the stricter of config and board applies once it is)");
            }
        }

        private void Read()
        {
            if (_command.Count != 3)
            {
                Error("read takes ROW COL; expected e.g. 'read 3 27'");
                return;
            }

            if (!RequireIdleBoard())
            {
                return;
            }

            BoardIdentity id = _board.Identity;
            int row;
            int col;
            string problem = _command.Number(1, "ROW", 0, id.Rows - 1, 0, out row);
            if (problem == null)
            {
                problem = _command.Number(2, "COL", 0, id.Cols - 1, 0, out col);
            }
            else
            {
                col = 0;
            }

            if (problem != null)
            {
                Error(problem);
                return;
            }

            _board.ReadNeighbourhood(row * id.Cols + col, _readParameters.ReadMv, _readParameters.ReadSamples, _values);
            _out.Append("# ok read ").Append(row).Append(' ').Append(col).Append(": synapses");
            for (int d = 0; d < Direction.Count; d++)
            {
                _out.Append(' ').Append(Direction.Name(d)).Append('=').Append(_values[d]);
            }

            _out.Append(", state=").Append(_values[Payloads.ReadNbrValues - 1]).Append(" nS at ").Append(_readParameters.ReadMv)
                .Append(" mV").EndLine();
        }

        /// <summary>`char ROUTINE [PLACES] [N]`: a characterisation routine (firmware/Characterisation) with its
        /// table as '# ROUTINE,...' lines. The routines check their whole sweep against the limits first.</summary>
        private void Characterise()
        {
            string routine = _command.Word(1);
            bool known = routine == ReadMapRoutine.Name || routine == FormingSweepRoutine.Name || routine == EnduranceRoutine.Name
                || routine == RetentionRoutine.Name;
            if (!known || _command.Count > 4)
            {
                Error("char takes ROUTINE [PLACES] [N]; expected e.g. 'char readmap 4', 'char endurance 2 100' (routines: readmap, form, endurance, retention)");
                return;
            }

            if (!RequireIdleBoard())
            {
                return;
            }

            int places;
            int n;
            string problem = _command.Number(2, "PLACES", 1, _board.Identity.PlaceCount, 1, out places);
            if (problem == null)
            {
                problem = _command.Number(3, "N", 1, 100000, routine == RetentionRoutine.Name ? 5 : 10, out n);
            }
            else
            {
                n = 0;
            }

            if (problem != null)
            {
                Error(problem);
                return;
            }

            _out.Append("# ok char ").Append(routine).Append(": places 0..").Append(places - 1).Append(", devices 0-8").EndLine();
            if (routine == ReadMapRoutine.Name)
            {
                var r = new ReadMapRoutine();
                r.Cells.PlaceCount = places;
                r.Run(_board, _resultSink);
            }
            else if (routine == FormingSweepRoutine.Name)
            {
                var r = new FormingSweepRoutine();
                r.StopMv = _board.Limits.FormMaxMv < r.StopMv ? _board.Limits.FormMaxMv : r.StopMv;
                r.Cells.PlaceCount = places;
                r.Run(_board, _resultSink);
            }
            else if (routine == EnduranceRoutine.Name)
            {
                var r = new EnduranceRoutine();
                r.Cycles = n;
                r.LogEvery = n;
                r.Cells.PlaceCount = places;
                r.Run(_board, _resultSink);
            }
            else
            {
                var r = new RetentionRoutine();
                r.Reads = n;
                r.Cells.PlaceCount = places;
                r.Run(_board, _resultSink);
            }
        }

        /// <summary>`oplog on|off`: attaches or detaches the per-operation telemetry log.</summary>
        private void OperationLog()
        {
            string what = _command.Word(1);
            if (_command.Count != 2 || (what != "on" && what != "off"))
            {
                Error("oplog takes on or off; expected 'oplog on' or 'oplog off'");
                return;
            }

            if (what == "on")
            {
                Say("ok oplog on");
                _operationLog.WriteHeader();
                _board.OperationLog = _operationLog;
            }
            else
            {
                _board.OperationLog = null;
                _out.Append("# ok oplog off: ").Append(_operationLog.Lines).Append(" operation lines so far").EndLine();
            }
        }

        private void Run()
        {
            if (_command.Word(1) != "demo")
            {
                Error("run what? expected 'run demo [SEED] [TRIALS]'");
                return;
            }

            if (_command.Count > 4)
            {
                Error("run demo takes at most SEED and TRIALS; expected e.g. 'run demo 7 40'");
                return;
            }

            int seed;
            int trials;
            string problem = _command.Number(2, "SEED", 0, int.MaxValue, DemoSession.DefaultSeed, out seed);
            if (problem == null)
            {
                problem = _command.Number(3, "TRIALS", 1, DemoSession.MaxTrialsPerBlock, DemoSession.DefaultTrialsPerBlock, out trials);
            }
            else
            {
                trials = 0;
            }

            if (problem != null)
            {
                Error(problem);
                return;
            }

            if (!RequireIdleBoard())
            {
                return;
            }

            problem = _demo.CheckCanRun();
            if (problem != null)
            {
                Error(problem);
                return;
            }

            _out.Append("# ok run demo: seed ").Append(seed).Append(", ").Append(trials).Append(" trials per block, layouts A,B,A on ")
                .Append(_config.Name).EndLine();
            _demo.Start((uint)seed, trials, RunDemoInBackground);
        }

        private void Stop()
        {
            if (_demo.IsRunning)
            {
                _demo.RequestStop();
                Say("ok stop: stopping after the current trial");
            }
            else
            {
                Say("ok stop: nothing is running");
            }
        }

        private bool RequireIdleBoard()
        {
            if (_demo.IsRunning)
            {
                Error("busy: a demo is running; expected 'stop' first (or 'status')");
                return false;
            }

            if (_board.Identity == null)
            {
                Error("no board connected; expected a board that answers IDENT (try 'ident')");
                return false;
            }

            return true;
        }

        private bool ExpectWords(int count, string verb)
        {
            if (_command.Count != count)
            {
                Error(verb + " takes no arguments; expected just '" + verb + "'");
                return false;
            }

            return true;
        }

        private void Error(string message)
        {
            _out.Append("# error: ").Append(message).EndLine();
        }
    }
}
