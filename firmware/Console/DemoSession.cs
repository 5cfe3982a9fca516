using System;
using System.Threading;
using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Firmware.Console
{
    /// <summary>
    /// The console's demo: the paper's dynamic maze, layout A then B then A, on the connected board,
    /// with a telemetry line per trial. On the device it runs on its own thread so that the console
    /// still answers (status, stop) during a run; the host tests run it on the calling thread.
    /// The agent and the mazes are made once and reused: a second run must not need a second heap's worth.
    /// </summary>
    public sealed class DemoSession : ITrialObserver
    {
        public const int DefaultSeed = 1;
        public const int DefaultTrialsPerBlock = 40;
        public const int MaxTrialsPerBlock = 1000;

        private readonly ReRamBoard _board;
        private readonly LineWriter _writer;
        private readonly TelemetryObserver _telemetry;
        private PlaceCellAgent _agent;
        private ExperimentRunner _runner;
        private GridMaze _layoutA;
        private GridMaze _layoutB;
        private uint _seed;
        private int _trialsPerBlock;
        // Written by the demo thread, read by the console thread: a bool write is atomic, and
        // nanoFramework's interpreter reads fields from memory each time (see ExperimentRunner._stopRequested).
        private bool _running;
        // Kept here as well as in the runner: ExperimentRunner.Run clears its own flag when it starts, so a
        // stop that arrives before the demo thread is inside Run would be lost; OnTrial passes it on.
        private bool _stopRequested;

        /// <summary>Steps after which a trial is abandoned (NAV.m: 600).</summary>
        public int MaxStepsPerTrial = 600;

        /// <param name="sink">Where the telemetry goes; the demo has its own <see cref="LineWriter"/>
        /// because it writes from its own thread.</param>
        public DemoSession(ReRamBoard board, ILineSink sink)
        {
            _board = board;
            _writer = new LineWriter(sink);
            _telemetry = new TelemetryObserver(_writer);
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

        /// <summary>Null when the board can run the demo, else why not.</summary>
        public string CheckCanRun()
        {
            if (_board == null || _board.Identity == null)
            {
                return "no board connected; expected a board that answers IDENT (try 'ident')";
            }

            EnsureMazes();
            BoardIdentity id = _board.Identity;
            if (id.Rows != _layoutA.Rows || id.Cols != _layoutA.Cols)
            {
                return "the board has " + id.Rows + "x" + id.Cols + " places; the demo maze needs "
                    + _layoutA.Rows + "x" + _layoutA.Cols;
            }

            return null;
        }

        /// <summary>
        /// Starts a run. With <paramref name="background"/> it returns at once and the run goes on on a
        /// new thread; otherwise it returns when the run has ended. The caller checks <see cref="CheckCanRun"/>
        /// and <see cref="IsRunning"/> first.
        /// </summary>
        public void Start(uint seed, int trialsPerBlock, bool background)
        {
            _seed = seed;
            _trialsPerBlock = trialsPerBlock;
            _stopRequested = false;
            if (_agent == null)
            {
                // Made on the caller's thread, once: the largest allocation of the firmware (per-place arrays).
                _agent = new PlaceCellAgent(_board, AgentParameters.PaperDefaults());
                _runner = new ExperimentRunner(_board, _agent, this);
            }

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

        /// <summary>Asks a run to end after the current trial.</summary>
        public void RequestStop()
        {
            _stopRequested = true;
            if (_runner != null)
            {
                _runner.RequestStop();
            }
        }

        /// <summary>The runner's report of one trial: telemetry, then a pending stop.</summary>
        public void OnTrial(TrialRecord record)
        {
            _telemetry.OnTrial(record);
            if (_stopRequested)
            {
                _runner.RequestStop();
            }
        }

        private void Run()
        {
            try
            {
                _runner.MaxStepsPerTrial = MaxStepsPerTrial;
                _agent.InitialiseNetwork(_seed);
                ExperimentBlock[] blocks = new ExperimentBlock[]
                {
                    new ExperimentBlock(_layoutA, _trialsPerBlock, _layoutA.StartRow, _layoutA.StartCol),
                    new ExperimentBlock(_layoutB, _trialsPerBlock, _layoutB.StartRow, _layoutB.StartCol),
                    new ExperimentBlock(_layoutA, _trialsPerBlock, _layoutA.StartRow, _layoutA.StartCol),
                };
                _telemetry.BeginRun();
                int trials = _runner.Run(blocks);
                _writer.Append("# done: ").Append(trials).Append(" trials, ").Append(_telemetry.TrialsReachedGoal)
                    .Append(" reached the goal").Append(trials < 3 * _trialsPerBlock ? " (stopped)" : "").EndLine();
            }
            catch (BoardException e)
            {
                _writer.Append("# error: demo stopped by the board: ").Append(BoardErrorKind.Name(e.Kind))
                    .Append(": ").Append(e.Message).EndLine();
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

        private void EnsureMazes()
        {
            if (_layoutA == null)
            {
                _layoutA = BuiltInMazes.LayoutA();
                _layoutB = BuiltInMazes.LayoutB();
            }
        }
    }
}
