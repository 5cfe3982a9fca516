using System;
using ReRamNav.BoardConfigs;
using ReRamNav.Drivers.Board;
using ReRamNav.Drivers.Protocol;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Characterisation;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.Firmware.Mars;

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
        public const string CommandList = "help, ident, status, config, limits, read ROW COL, read-map [state|synapses|all], dump, "
            + "form ROW COL [PLACES], set seed N, set journal on|off, run maze [TRIALS] [STEPS], run mars [TRIALS] [STEPS], "
            + "run demo [SEED] [TRIALS], journal, resume, char readmap|form|endurance|retention [PLACES] [N], oplog on|off, stop";

        /// <summary>Most places one 'form' command may sweep: forming is slow and wipes what those places learned.</summary>
        public const int MaxFormPlaces = 30;

        private readonly BoardConfig _config;
        private readonly ReRamBoard _board;
        private readonly LineWriter _out;
        private readonly CommandLine _command = new CommandLine();
        private readonly DemoSession _demo;
        private readonly int[] _values = new int[Payloads.ReadNbrValues];
        private readonly AgentParameters _readParameters = AgentParameters.PaperDefaults();
        private readonly JournalRecord _journalView = new JournalRecord();
        private readonly LearnedStateDump _dump = new LearnedStateDump();
        private readonly ConsoleTableSink _table;
        private string _connectProblem;
        private readonly OperationTelemetryLog _operationLog;
        private uint _seed = DemoSession.DefaultSeed;
        private bool _resumeOffered;

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
            _table = new ConsoleTableSink(_out);
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

        /// <summary>Seed of the next 'run maze' / 'run mars' ('set seed N').</summary>
        public uint Seed
        {
            get { return _seed; }
        }

        /// <summary>
        /// At boot: reads the board's journal and, if an experiment is unfinished, says so and arms the
        /// user button to resume it. Returns true when a resume is on offer. Never throws.
        /// </summary>
        public bool OfferResume()
        {
            _resumeOffered = false;
            try
            {
                if (_board.Identity == null || _demo.IsRunning || _demo.Journal.Load(_journalView) != null || _journalView.IsFinished)
                {
                    return false;
                }

                _out.Append("# resume offer: the board holds an unfinished ").Append(JournalRecord.KindName(_journalView.Kind))
                    .Append(" experiment (seed ").Append((long)_journalView.Seed).Append(", ").Append(_journalView.TrialsDone)
                    .Append(" of ").Append(_journalView.TotalTrials).Append(" trials done); type 'resume' or press the user button to continue, 'run maze' starts over")
                    .EndLine();
                _resumeOffered = true;
                return true;
            }
            catch (BoardException e)
            {
                _out.Append("# error: journal unreadable: ").Append(BoardErrorKind.Name(e.Kind)).Append(": ").Append(e.Message).EndLine();
                return false;
            }
            catch (Exception e)
            {
                // Called from Main before the console loop: nothing here may stop the kit from booting.
                _out.Append("# error: internal: ").Append(e.Message).EndLine();
                return false;
            }
        }

        /// <summary>
        /// What the user button does now, as a console command: stop a running experiment; resume the one
        /// offered at boot, or the one the button (or 'stop') stopped, so that stop-and-go on the bench never
        /// throws away what was learned; else start the default demo (the maze with the current seed).
        /// </summary>
        public string ButtonCommand()
        {
            if (_demo.IsRunning)
            {
                return "stop";
            }

            return _resumeOffered || _demo.LastRunIsResumable ? "resume" : "run maze";
        }

        /// <summary>The user button was pushed: runs <see cref="ButtonCommand"/>.</summary>
        public void PressButton()
        {
            string command = ButtonCommand();
            Say("button: " + command);
            Execute(command);
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
                case "read-map":
                    ReadMap();
                    break;
                case "dump":
                    if (ExpectWords(1, "dump")) Dump();
                    break;
                case "form":
                    Form();
                    break;
                case "set":
                    Set();
                    break;
                case "journal":
                    if (ExpectWords(1, "journal")) Journal();
                    break;
                case "resume":
                    if (ExpectWords(1, "resume")) Resume();
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
            Say("  help                        this list");
            Say("  ident                       connect if needed and show the board's IDENT");
            Say("  status                      idle or running, trials done, seed, journal, driver counters");
            Say("  config                      the dev kit's board config: target, SPI, pins");
            Say("  limits                      safety limits: config, board, and the stricter in force");
            Say("  read ROW COL                conductances of one place's 8 synapses and state device, nS");
            Say("  read-map [state|synapses|all]  every place's devices as '# readmap,...' table rows, nS (default all)");
            Say("  dump                        learned state per row: thresholds T/./W and potentiated synapses 0..8");
            Say("  form ROW COL [PLACES]       forming sweep of PLACES places (1.." + MaxFormPlaces + ", default 1) from ROW COL, all 9 devices");
            Say("  set seed N                  seed of the next run (now " + _seed + ")");
            Say("  set journal on|off          journal progress in the board after every trial (now " + (_demo.JournalEnabled ? "on" : "off") + ")");
            Say("  run maze [TRIALS] [STEPS]   maze A -> B -> A, TRIALS per block (40), STEPS cap per trial (600); telemetry follows");
            Say("  run mars [TRIALS] [STEPS]   rover on the built-in cratered terrain (95 trials, 1000 steps)");
            Say("  run demo [SEED] [TRIALS]    the maze with SEED (default 1 40)");
            Say("  journal                     the experiment the board's journal holds and its progress");
            Say("  resume                      continue the journalled experiment with its next trial (after a reset)");
            Say("  char ROUTINE [PLACES] [N]   characterise places 0..PLACES-1 (default 1), all 9 devices: readmap, form,");
            Say("                              endurance (N cycles, default 10), retention (N reads 1 s apart, default 5)");
            Say("  oplog on|off                one '# op,...' line per read and pulse (docs/telemetry.md)");
            Say("  stop                        stop the run after the current trial ('resume' continues it)");
            Say("  user button                 stop a run; else resume the stopped or boot-offered experiment; else run maze");
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
            JournalRecord current = _demo.Current;
            _out.Append("#   next run: seed ").Append((long)_seed).Append(", journal ").Append(_demo.JournalEnabled ? "on" : "off");
            if (current.Kind != JournalRecord.KindNone)
            {
                _out.Append("; last run: ").Append(JournalRecord.KindName(current.Kind)).Append(" seed ").Append((long)current.Seed)
                    .Append(", ").Append(current.TrialsDone).Append(" of ").Append(current.TotalTrials).Append(" trials");
            }

            _out.EndLine();
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
            _table.NewTable();
            if (routine == ReadMapRoutine.Name)
            {
                var r = new ReadMapRoutine();
                r.Cells.PlaceCount = places;
                r.Run(_board, _table);
            }
            else if (routine == FormingSweepRoutine.Name)
            {
                var r = new FormingSweepRoutine();
                r.StopMv = _board.Limits.FormMaxMv < r.StopMv ? _board.Limits.FormMaxMv : r.StopMv;
                r.Cells.PlaceCount = places;
                r.Run(_board, _table);
            }
            else if (routine == EnduranceRoutine.Name)
            {
                var r = new EnduranceRoutine();
                r.Cycles = n;
                r.LogEvery = n;
                r.Cells.PlaceCount = places;
                r.Run(_board, _table);
            }
            else
            {
                var r = new RetentionRoutine();
                r.Reads = n;
                r.Cells.PlaceCount = places;
                r.Run(_board, _table);
            }

            _out.Append("# end ").Append(routine).Append(": ").Append(_table.Rows).Append(" rows").EndLine();
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
            string what = _command.Word(1);
            if (what == "demo")
            {
                RunDemo();
                return;
            }

            if (what != "maze" && what != "mars")
            {
                Error("run what? expected 'run maze [TRIALS] [STEPS]', 'run mars [TRIALS] [STEPS]' or 'run demo [SEED] [TRIALS]'");
                return;
            }

            if (_command.Count > 4)
            {
                Error("run " + what + " takes at most TRIALS and STEPS; expected e.g. 'run " + what + " 40 600'");
                return;
            }

            bool mars = what == "mars";
            int trials;
            int steps = 0;
            string problem = _command.Number(2, "TRIALS", 1, DemoSession.MaxTrialsPerBlock,
                mars ? RoverDefaults.Trials : DemoSession.DefaultTrialsPerBlock, out trials);
            if (problem == null)
            {
                problem = _command.Number(3, "STEPS", 1, DemoSession.MaxStepsLimit,
                    mars ? RoverDefaults.MaxStepsPerTrial : DemoSession.DefaultMaxStepsPerTrial, out steps);
            }

            if (problem != null)
            {
                Error(problem);
                return;
            }

            StartRun(mars ? JournalRecord.KindMars : JournalRecord.KindMaze, _seed, trials, steps);
        }

        private void RunDemo()
        {
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

            StartRun(JournalRecord.KindMaze, (uint)seed, trials, DemoSession.DefaultMaxStepsPerTrial);
        }

        private void StartRun(int kind, uint seed, int trials, int steps)
        {
            if (!RequireIdleBoard())
            {
                return;
            }

            string problem = _demo.CheckCanRun(kind);
            if (problem != null)
            {
                Error(problem);
                return;
            }

            _resumeOffered = false;
            string verb = _command.Word(1);
            _out.Append("# ok run ").Append(verb).Append(": seed ").Append((long)seed).Append(", ").Append(trials);
            if (kind == JournalRecord.KindMars)
            {
                _out.Append(" trials, ").Append(steps).Append(" steps cap, built-in terrain on ");
            }
            else
            {
                _out.Append(" trials per block, ");
                if (verb != "demo")
                {
                    _out.Append(steps).Append(" steps cap, ");
                }

                _out.Append("layouts A,B,A on ");
            }

            _out.Append(_config.Name).EndLine();
            _demo.Start(kind, seed, trials, steps, RunDemoInBackground);
        }

        private void ReadMap()
        {
            string what = _command.Count > 1 ? _command.Word(1) : "all";
            int mask;
            if (what == "all") mask = ReadBlockPayload.AllDevicesMask;
            else if (what == "state") mask = 1 << Payloads.StateDevice;
            else if (what == "synapses") mask = (1 << Payloads.StateDevice) - 1;
            else mask = 0;
            if (mask == 0 || _command.Count > 2)
            {
                Error("read-map takes one of state, synapses, all; expected e.g. 'read-map state'");
                return;
            }

            if (!RequireIdleBoard())
            {
                return;
            }

            BoardIdentity id = _board.Identity;
            ReadMapRoutine routine = new ReadMapRoutine();
            routine.Cells.DeviceMask = mask;
            _out.Append("# ok read-map: ").Append(what).Append(" devices of ").Append(id.PlaceCount).Append(" places at ")
                .Append(routine.ReadMv).Append(" mV, ").Append(routine.Samples).Append(" samples; '# readmap,' rows follow").EndLine();
            // One row of places at a time: the routine's cell lists for the whole 30x30 array (8100 devices)
            // would take 64 KB, most of a plain ESP32's heap (docs/devkit-memory.md); a row takes 2 KB.
            _table.NewTable();
            int devices = 0;
            for (int row = 0; row < id.Rows; row++)
            {
                routine.Cells.FirstPlace = row * id.Cols;
                routine.Cells.PlaceCount = id.Cols;
                routine.Run(_board, _table);
                devices += routine.DevicesRead;
            }

            _out.Append("# end read-map: ").Append(devices).Append(" devices").EndLine();
        }

        private void Dump()
        {
            if (!RequireIdleBoard())
            {
                return;
            }

            Say("ok dump: learned state in the array, one line per row of places");
            _dump.Write(_board, _readParameters, _out);
            _out.Append("# end dump: ").Append(_dump.TrailPlaces).Append(" trail, ").Append(_dump.NominalPlaces).Append(" nominal, ")
                .Append(_dump.WallPlaces).Append(" wall places").EndLine();
        }

        private void Form()
        {
            if (_command.Count < 3 || _command.Count > 4)
            {
                Error("form takes ROW COL [PLACES]; expected e.g. 'form 0 0 2'");
                return;
            }

            if (!RequireIdleBoard())
            {
                return;
            }

            BoardIdentity id = _board.Identity;
            int row;
            int col = 0;
            int places = 1;
            string problem = _command.Number(1, "ROW", 0, id.Rows - 1, 0, out row);
            if (problem == null) problem = _command.Number(2, "COL", 0, id.Cols - 1, 0, out col);
            if (problem == null) problem = _command.Number(3, "PLACES", 1, MaxFormPlaces, 1, out places);
            if (problem == null && row * id.Cols + col + places > id.PlaceCount)
            {
                problem = "PLACES " + places + " from (" + row + "," + col + ") runs past the last place " + (id.PlaceCount - 1);
            }

            if (problem != null)
            {
                Error(problem);
                return;
            }

            FormingSweepRoutine routine = new FormingSweepRoutine();
            routine.Cells.FirstPlace = row * id.Cols + col;
            routine.Cells.PlaceCount = places;
            // Sweep up to what the limits in force allow, never past them: the routine refuses a sweep that would.
            if (routine.StopMv > _board.Limits.FormMaxMv)
            {
                routine.StopMv = _board.Limits.FormMaxMv;
            }

            if (routine.StartMv > routine.StopMv)
            {
                routine.StartMv = routine.StopMv;
            }

            _out.Append("# ok form: ").Append(places * Payloads.DevicesPerPlace).Append(" devices from (").Append(row).Append(',').Append(col)
                .Append("), ").Append(routine.StartMv).Append("..").Append(routine.StopMv).Append(" mV step ").Append(routine.StepMv)
                .Append(", ").Append(routine.ComplianceUa).Append(" uA, ").Append(routine.WidthNs).Append(" ns; '# form,' rows follow").EndLine();
            _table.NewTable();
            routine.Run(_board, _table);
            _out.Append("# end form: ").Append(routine.FormedCount).Append(" of ").Append(routine.Cells.Count).Append(" devices formed").EndLine();
        }

        private void Set()
        {
            string what = _command.Word(1);
            if (_command.Count != 3 || (what != "seed" && what != "journal"))
            {
                Error("set takes 'seed N' or 'journal on|off'; expected e.g. 'set seed 7'");
                return;
            }

            if (what == "seed")
            {
                int seed;
                string problem = _command.Number(2, "SEED", 0, int.MaxValue, 0, out seed);
                if (problem != null)
                {
                    Error(problem);
                    return;
                }

                _seed = (uint)seed;
                _out.Append("# ok set seed ").Append(seed).EndLine();
                return;
            }

            string value = _command.Word(2);
            if (value != "on" && value != "off")
            {
                Error("journal '" + value + "' is neither on nor off; expected 'set journal on' or 'set journal off'");
                return;
            }

            if (_demo.IsRunning)
            {
                Error("busy: a run is going on; expected 'stop' first");
                return;
            }

            _demo.JournalEnabled = value == "on";
            Say("ok set journal " + value);
        }

        private void Journal()
        {
            if (!RequireIdleBoard())
            {
                return;
            }

            string problem = _demo.Journal.Load(_journalView);
            if (problem != null)
            {
                Say("ok journal: " + problem);
                return;
            }

            JournalRecord j = _journalView;
            _out.Append("# ok journal: ").Append(JournalRecord.KindName(j.Kind)).Append(", seed ").Append((long)j.Seed).Append(", ")
                .Append(j.TrialsPerBlock).Append(" trials per block, ").Append(j.MaxStepsPerTrial).Append(" steps cap, ")
                .Append(j.TrialsDone).Append(" of ").Append(j.TotalTrials).Append(" trials done");
            if (j.IsFinished)
            {
                _out.Append(" (finished)");
            }
            else
            {
                _out.Append(" ('resume' continues with trial ").Append(j.TrialsDone + 1).Append(')');
            }

            _out.EndLine();
        }

        private void Resume()
        {
            if (!RequireIdleBoard())
            {
                return;
            }

            _resumeOffered = false;
            Say("ok resume: reading the board's journal");
            string problem = _demo.Resume(RunDemoInBackground);
            if (problem != null)
            {
                Error(problem);
            }
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
