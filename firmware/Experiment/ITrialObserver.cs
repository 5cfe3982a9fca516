namespace ReRamNav.Firmware.Experiment
{
    /// <summary>Receives each trial's record as soon as the trial ends (telemetry, CSV, progress).</summary>
    public interface ITrialObserver
    {
        void OnTrial(TrialRecord record);
    }
}
