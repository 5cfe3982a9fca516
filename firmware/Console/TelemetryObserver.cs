using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Firmware.Console
{
    /// <summary>Writes each trial as a telemetry line the moment the experiment runner reports it.</summary>
    public sealed class TelemetryObserver : ITrialObserver
    {
        private readonly LineWriter _writer;

        /// <summary>Trials written since <see cref="BeginRun"/>.</summary>
        public int TrialsWritten;

        /// <summary>Reached the goal, since <see cref="BeginRun"/>.</summary>
        public int TrialsReachedGoal;

        public TelemetryObserver(LineWriter writer)
        {
            _writer = writer;
        }

        /// <summary>Starts a run: the version line and the header, so every run is a complete CSV.</summary>
        public void BeginRun()
        {
            TrialsWritten = 0;
            TrialsReachedGoal = 0;
            TelemetryFormat.WriteHeader(_writer);
        }

        public void OnTrial(TrialRecord record)
        {
            TelemetryFormat.WriteTrial(_writer, record);
            TrialsWritten++;
            if (record.ReachedGoal)
            {
                TrialsReachedGoal++;
            }
        }
    }
}
