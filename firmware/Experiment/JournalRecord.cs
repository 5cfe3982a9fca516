namespace ReRamNav.Firmware.Experiment
{
    /// <summary>
    /// The progress of a console experiment as the board's journal keeps it (docs/resume.md): which
    /// experiment, its seed and shape, and how many trials are complete. Together with the learned
    /// state already in the array this is all a new MCU boot needs to continue with the next trial.
    /// </summary>
    public sealed class JournalRecord
    {
        /// <summary>No experiment recorded.</summary>
        public const int KindNone = 0;
        /// <summary>The dynamic maze: layout A, then B, then A (3 blocks).</summary>
        public const int KindMaze = 1;
        /// <summary>The rover on the built-in terrain (1 block).</summary>
        public const int KindMars = 2;

        /// <summary>Largest values the journal's fields can hold (bit widths in <see cref="ExperimentJournal"/>).</summary>
        public const int MaxTrialsPerBlock = 1000;
        public const int MaxStepsPerTrialLimit = 4095;
        public const int MaxTrialsDone = 16383;

        public int Kind;
        public uint Seed;
        public int TrialsPerBlock;
        public int MaxStepsPerTrial;
        /// <summary>Trials whose learning is in the array and whose telemetry line was printed.</summary>
        public int TrialsDone;
        /// <summary>Write counter, 0..15, so that the newer of the two journal slots wins.</summary>
        public int Sequence;

        public int Blocks
        {
            get { return Kind == KindMaze ? 3 : Kind == KindMars ? 1 : 0; }
        }

        public int TotalTrials
        {
            get { return Blocks * TrialsPerBlock; }
        }

        public bool IsFinished
        {
            get { return TrialsDone >= TotalTrials; }
        }

        public static string KindName(int kind)
        {
            return kind == KindMaze ? "maze" : kind == KindMars ? "mars" : "none";
        }

        public void CopyFrom(JournalRecord other)
        {
            Kind = other.Kind;
            Seed = other.Seed;
            TrialsPerBlock = other.TrialsPerBlock;
            MaxStepsPerTrial = other.MaxStepsPerTrial;
            TrialsDone = other.TrialsDone;
            Sequence = other.Sequence;
        }

        public bool SameExperiment(JournalRecord other)
        {
            return Kind == other.Kind && Seed == other.Seed && TrialsPerBlock == other.TrialsPerBlock
                && MaxStepsPerTrial == other.MaxStepsPerTrial;
        }
    }
}
