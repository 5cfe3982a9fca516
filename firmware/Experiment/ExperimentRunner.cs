using ReRamNav.Drivers.Board;
using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Firmware.Experiment
{
    /// <summary>
    /// Runs blocks of trials on a layout schedule (default A -> B -> A) with one agent on one
    /// board, and reports one <see cref="TrialRecord"/> per trial. The learned state stays in the
    /// board between trials and blocks; only the volatile neuron adaptation is cleared per trial.
    /// </summary>
    public sealed class ExperimentRunner
    {
        private readonly ReRamBoard _board;
        private readonly PlaceCellAgent _agent;
        private readonly DriverCounters _before = new DriverCounters();
        private readonly ITrialObserver _observer;
        // Not 'volatile': nanoFramework's mscorlib has no IsVolatile modifier. Its interpreter reads the
        // field from memory on every access, and a bool write is atomic, so the console thread's stop is seen.
        private bool _stopRequested;

        /// <summary>Largest number of fires in one trial (NAV.m: 600).</summary>
        public int MaxStepsPerTrial = 600;

        public ExperimentRunner(ReRamBoard board, PlaceCellAgent agent, ITrialObserver observer)
        {
            _board = board;
            _agent = agent;
            _observer = observer;
        }

        /// <summary>Asks a running experiment to stop after the current trial (serial console "stop").</summary>
        public void RequestStop()
        {
            _stopRequested = true;
        }

        /// <summary>Runs every block in order; returns the number of trials run.</summary>
        public int Run(ExperimentBlock[] blocks)
        {
            return Run(blocks, 0);
        }

        /// <summary>
        /// Continues an experiment whose first <paramref name="trialsAlreadyDone"/> trials are complete (their
        /// learning is in the board): the schedule is walked from there, trial and block numbers go on where
        /// they were (docs/resume.md). Returns the number of trials run now.
        /// </summary>
        public int Run(ExperimentBlock[] blocks, int trialsAlreadyDone)
        {
            _stopRequested = false;
            int trial = 0;
            int run = 0;
            for (int b = 0; b < blocks.Length && !_stopRequested; b++)
            {
                ExperimentBlock block = blocks[b];
                if (trial + block.Trials <= trialsAlreadyDone)
                {
                    trial += block.Trials;
                    continue;
                }

                int optimal = ShortestPath.Moves(block.Maze, block.StartRow, block.StartCol);
                for (int t = 0; t < block.Trials && !_stopRequested; t++)
                {
                    if (trial < trialsAlreadyDone)
                    {
                        trial++;
                        continue;
                    }

                    trial++;
                    run++;
                    TrialRecord record = RunTrial(block, optimal);
                    record.Trial = trial;
                    record.Block = b + 1;
                    record.TrialInBlock = t + 1;
                    _observer.OnTrial(record);
                }
            }
            return run;
        }

        private TrialRecord RunTrial(ExperimentBlock block, int optimal)
        {
            _before.CopyFrom(_board.Counters);
            long startUs = _board.Clock.NowUs;
            _agent.BeginTrial(block.Maze, block.StartRow, block.StartCol);
            bool reached = false;
            while (_agent.Steps < MaxStepsPerTrial)
            {
                if (_agent.Step() == StepOutcome.ReachedGoal)
                {
                    reached = true;
                    break;
                }
            }
            if (!reached)
            {
                _agent.EndFailedTrial();
            }
            DriverCounters after = _board.Counters;
            var record = new TrialRecord();
            record.Layout = block.Maze.Name;
            record.StartRow = block.StartRow;
            record.StartCol = block.StartCol;
            record.Steps = _agent.Steps;
            record.OptimalSteps = optimal;
            record.ReachedGoal = reached;
            record.Penalties = _agent.Penalties;
            record.Sets = after.Sets - _before.Sets;
            record.Resets = after.Resets - _before.Resets;
            record.Reads = after.DeviceReads - _before.DeviceReads;
            record.SpiTransactions = after.Transactions - _before.Transactions;
            record.SpiBytes = after.SpiBytes - _before.SpiBytes;
            record.IntegrationEnergyPj = _agent.IntegrationEnergyFj / 1000;
            record.EnergyPj = (after.EnergyFj - _before.EnergyFj + _agent.IntegrationEnergyFj) / 1000;
            record.TimeUs = _board.Clock.NowUs - startUs;
            record.IntegrationTimeNs = _agent.IntegrationTimeNs;
            record.Retries = after.Retries - _before.Retries;
            return record;
        }
    }
}
