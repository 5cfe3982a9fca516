using System;
using System.Threading;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;
using ReRamNav.Firmware.Mars;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// The console's experiments on the connected board, with a telemetry line per trial: the paper's
    /// dynamic maze (layout A, then B, then A) and the rover on the built-in terrain. Progress goes to
    /// the board's journal after every trial (<see cref="ExperimentJournal"/>, docs/resume.md), so that
    /// <see cref="Resume"/> continues after a reset with the next trial. On the device a run has its own
    /// thread so that the console still answers (status, stop); the host tests run it on the calling thread.
    /// The agent and the mazes are made once and reused: a second run must not need a second heap's worth.
    /// </summary>
    public sealed class DemoSession : ITrialObserver
    {
        public const int DefaultSeed = 1;
        public const int DefaultTrialsPerBlock = 40;
        public const int DefaultMaxStepsPerTrial = 600;
        public const int MaxTrialsPerBlock = JournalRecord.MaxTrialsPerBlock;
        public const int MaxStepsLimit = JournalRecord.MaxStepsPerTrialLimit;

        private readonly ReRamBoard _board;
        private readonly LineWriter _writer;
        private readonly TelemetryObserver _telemetry;
        private readonly ExperimentJournal _journal;
        private readonly JournalRecord _record = new JournalRecord();
        private PlaceCellAgent _agent;
        private int _agentKind;
        private ExperimentRunner _runner;
        private GridMaze _layoutA;
        private GridMaze _layoutB;
        private TerrainMission _mission;
        private ExperimentBlock[] _blocks;
        private int _resumeFrom;
        private bool _journalWorks;
        // Written by the demo thread, read by the console thread: a bool write is atomic, and
        // nanoFramework's interpreter reads fields from memory each time (see ExperimentRunner._stopRequested).
        private bool _running;
        // Kept here as well as in the runner: ExperimentRunner.Run clears its own flag when it starts, so a
        // stop that arrives before the demo thread is inside Run would be lost; OnTrial passes it on.
        private bool _stopRequested;

        /// <summary>Journal every trial (default). Off: a run cannot be resumed, and it draws exactly the
        /// device-model randomness the host simulation draws (the journal's pulses and reads take some).</summary>
        public bool JournalEnabled = true;

        /// <param name="sink">Where the telemetry goes; the demo has its own <see cref="LineWriter"/>
        /// because it writes from its own thread.</param>
        public DemoSession(ReRamBoard board, ILineSink sink)
        {
            _board = board;
            _writer = new LineWriter(sink);
            _telemetry = new TelemetryObserver(_writer);
            _journal = new ExperimentJournal(board);
        }

        public bool IsRunning
        {
            get { return _running; }
        }

        /// <summary>Trials reported since the current (or last) run started.</summary>
        public int TrialsDone
        {
            get { return _telemetry.TrialsWritten; }
        }

        /// <summary>The current (or last) experiment and its progress; Kind is KindNone before the first run.</summary>
        public JournalRecord Current
        {
            get { return _record; }
        }

        /// <summary>True when the last run ended before its last trial (stop, a board error) and was journalled:
        /// <see cref="Resume"/> can continue it.</summary>
        public bool LastRunIsResumable
        {
            get { return !_running && _journalWorks && _record.Kind != JournalRecord.KindNone && !_record.IsFinished; }
        }

        /// <summary>The agent of the current (or last) run; null before the first.</summary>
        public PlaceCellAgent Agent
        {
            get { return _agent; }
        }

        public ExperimentJournal Journal
        {
            get { return _journal; }
        }

        /// <summary>Null when the board can run experiment <paramref name="kind"/>, else why not.</summary>
        public string CheckCanRun(int kind)
        {
            if (_board == null || _board.Identity == null)
            {
                return "no board connected; expected a board that answers IDENT (try 'ident')";
            }

            BoardIdentity id = _board.Identity;
            if (kind == JournalRecord.KindMars)
            {
                return EnsureMission(id);
            }

            EnsureMazes();
            if (id.Rows != _layoutA.Rows || id.Cols != _layoutA.Cols)
            {
                return "the board has " + id.Rows + "x" + id.Cols + " places; the maze needs "
                    + _layoutA.Rows + "x" + _layoutA.Cols;
            }

            return null;
        }

        /// <summary>The maze demo (kept for 'run demo' and the tests): A, B, A with the default step cap.</summary>
        public void Start(uint seed, int trialsPerBlock, bool background)
        {
            Start(JournalRecord.KindMaze, seed, trialsPerBlock, DefaultMaxStepsPerTrial, background);
        }

        /// <summary>
        /// Starts a new experiment from a freshly initialised network. With <paramref name="background"/> it
        /// returns at once and the run goes on on a new thread; otherwise it returns when the run has ended.
        /// The caller checks <see cref="CheckCanRun"/> and <see cref="IsRunning"/> first.
        /// </summary>
        public void Start(int kind, uint seed, int trialsPerBlock, int maxStepsPerTrial, bool background)
        {
            _record.Kind = kind;
            _record.Seed = seed;
            _record.TrialsPerBlock = trialsPerBlock;
            _record.MaxStepsPerTrial = maxStepsPerTrial;
            _record.TrialsDone = 0;
            _resumeFrom = -1;
            Launch(background);
        }

        /// <summary>
        /// Continues the experiment in the board's journal with its next trial, without touching the learned
        /// state. Returns null when it started, else why not (nothing journalled, finished, wrong board).
        /// </summary>
        public string Resume(bool background)
        {
            if (_board == null || _board.Identity == null)
            {
                return "no board connected; expected a board that answers IDENT (try 'ident')";
            }

            string problem = _journal.Load(_record);
            if (problem != null)
            {
                return "nothing to resume: journal " + problem + "; expected 'run maze' or 'run mars' for a new experiment";
            }

            if (_record.IsFinished)
            {
                return "nothing to resume: the " + JournalRecord.KindName(_record.Kind) + " experiment (seed " + _record.Seed
                    + ") finished all " + _record.TotalTrials + " trials; expected 'run maze' or 'run mars' for a new one";
            }

            problem = CheckCanRun(_record.Kind);
            if (problem != null)
            {
                return problem;
            }

            _resumeFrom = _record.TrialsDone;
            Launch(background);
            return null;
        }

        /// <summary>Asks a run to end after the current trial.</summary>
        public void RequestStop()
        {
            _stopRequested = true;
            if (_runner != null)
            {
                _runner.RequestStop();
            }
        }

        /// <summary>The runner's report of one trial: telemetry, then the journal, then a pending stop.</summary>
        public void OnTrial(TrialRecord record)
        {
            // Telemetry first: a reset between the two re-runs this trial (the resume line says from where)
            // rather than losing its line.
            _telemetry.OnTrial(record);
            _record.TrialsDone = record.Trial;
            if (_journalWorks && !_journal.Record(_record))
            {
                _writer.Append("# warning: journal write after trial ").Append(record.Trial)
                    .Append(" did not read back; the previous slot still holds trial ").Append(record.Trial - 1).EndLine();
            }

            if (_stopRequested)
            {
                _runner.RequestStop();
            }
        }

        private void Launch(bool background)
        {
            _stopRequested = false;
            PrepareAgent();
            _running = true;
            if (background)
            {
                new Thread(new ThreadStart(Run)).Start();
            }
            else
            {
                Run();
            }
        }

        /// <summary>Made on the caller's thread: the largest allocation of the firmware (per-place arrays),
        /// once per kind of experiment; a resume after an MCU reset gets a new agent over the kept array.</summary>
        private void PrepareAgent()
        {
            int kind = _record.Kind;
            bool fresh = _resumeFrom < 0;
            AgentParameters p;
            if (kind == JournalRecord.KindMars)
            {
                p = RoverDefaults.Parameters(_record.MaxStepsPerTrial);
            }
            else
            {
                p = AgentParameters.PaperDefaults();
                if (p.MaxPathLength < _record.MaxStepsPerTrial + 1)
                {
                    p.MaxPathLength = _record.MaxStepsPerTrial + 1;
                }
            }

            // Reuse the agent (no second heap's worth): InitialiseNetwork starts a fresh run over on the MCU too
            // (exploration trials included). A resume after an MCU reset gets a new agent over the kept array;
            // ContinueExperiment tells it how many trials are done, so it does not explore them again
            // (its experience map was MCU memory and is gone, docs/resume.md).
            bool reuse = _agent != null && _agentKind == kind && _agent.Parameters.MaxPathLength >= p.MaxPathLength;
            if (!reuse)
            {
                _agent = null;
                _runner = null;
                _agent = new PlaceCellAgent(_board, p);
                _agentKind = kind;
                _runner = new ExperimentRunner(_board, _agent, this);
            }

            if (!fresh)
            {
                _agent.ContinueExperiment(_resumeFrom);
            }

            _runner.MaxStepsPerTrial = _record.MaxStepsPerTrial;
            if (kind == JournalRecord.KindMars)
            {
                EnsureMission(_board.Identity);
                _blocks = new ExperimentBlock[] { new ExperimentBlock(_mission.Maze, _record.TrialsPerBlock, _mission.StartRow, _mission.StartCol) };
            }
            else
            {
                EnsureMazes();
                _blocks = new ExperimentBlock[]
                {
                    new ExperimentBlock(_layoutA, _record.TrialsPerBlock, _layoutA.StartRow, _layoutA.StartCol),
                    new ExperimentBlock(_layoutB, _record.TrialsPerBlock, _layoutB.StartRow, _layoutB.StartCol),
                    new ExperimentBlock(_layoutA, _record.TrialsPerBlock, _layoutA.StartRow, _layoutA.StartCol),
                };
            }
        }

        private void Run()
        {
            try
            {
                int from = _resumeFrom < 0 ? 0 : _resumeFrom;
                if (_resumeFrom < 0)
                {
                    // Blank the journal before the network changes: a reset from here on must not offer the previous
                    // experiment over a half re-initialised array (docs/resume.md, "When").
                    _journal.Invalidate();
                    _agent.InitialiseNetwork(_record.Seed);
                    if (_record.Kind == JournalRecord.KindMars)
                    {
                        TerrainPriming.ProgramCostThresholds(_board, _agent.Parameters, _mission, RoverDefaults.MaxCostComplianceUa);
                        TerrainPriming.ProgramGoalBearing(_board, _agent.Parameters, _mission);
                    }

                    BeginJournal();
                }
                else
                {
                    // The journal was just read back from the board: it works unless the user turned it off.
                    _journalWorks = JournalEnabled;
                }

                _telemetry.BeginRun();
                if (_resumeFrom >= 0)
                {
                    _writer.Append("# resume: ").Append(JournalRecord.KindName(_record.Kind)).Append(" seed ").Append((long)_record.Seed)
                        .Append(", trials 1..").Append(from).Append(" are done (journal); continuing with trial ").Append(from + 1)
                        .Append(" of ").Append(_record.TotalTrials).EndLine();
                }

                int trials = _runner.Run(_blocks, from);
                int total = _record.TotalTrials;
                _writer.Append("# done: ").Append(trials).Append(" trials, ").Append(_telemetry.TrialsReachedGoal)
                    .Append(" reached the goal").Append(from + trials < total ? " (stopped; 'resume' continues)" : "").EndLine();
            }
            catch (BoardException e)
            {
                _writer.Append("# error: demo stopped by the board: ").Append(BoardErrorKind.Name(e.Kind))
                    .Append(": ").Append(e.Message).Append("; 'resume' continues from the journal").EndLine();
            }
            catch (Exception e)
            {
                // Never let the demo thread die silently: the console must say what happened.
                _writer.Append("# error: demo stopped: ").Append(e.Message).EndLine();
            }
            finally
            {
                _running = false;
            }
        }

        private void BeginJournal()
        {
            _journalWorks = false;
            if (!JournalEnabled)
            {
                _writer.Line("# note: journal off ('set journal on'); this run cannot be resumed after a reset");
                return;
            }

            if (!_journal.Available)
            {
                _writer.Line("# warning: journal unavailable (array too small); this run cannot be resumed after a reset");
                return;
            }

            _journalWorks = _journal.Begin(_record);
            if (!_journalWorks)
            {
                _writer.Line("# warning: journal cells did not read back as written; this run cannot be resumed after a reset");
            }
        }

        private void EnsureMazes()
        {
            if (_layoutA == null)
            {
                _layoutA = BuiltInMazes.LayoutA();
                _layoutB = BuiltInMazes.LayoutB();
            }
        }

        private string EnsureMission(BoardIdentity id)
        {
            if (_mission != null && _mission.Map.Rows == id.Rows && _mission.Map.Cols == id.Cols)
            {
                return null;
            }

            try
            {
                _mission = RoverDefaults.Mission(id.Rows, id.Cols);
                return null;
            }
            catch (ElevationFormatException e)
            {
                _mission = null;
                return "the built-in terrain does not fit a " + id.Rows + "x" + id.Cols + " board: " + e.Message;
            }
        }
    }
}
