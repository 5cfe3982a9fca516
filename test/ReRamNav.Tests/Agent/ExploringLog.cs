using ReRamNav.Firmware.Agent;
using ReRamNav.Firmware.Experiment;

namespace ReRamNav.Tests.Agent
{
    /// <summary>Each trial's record with whether the agent explored in it (read when the trial ends).</summary>
    internal sealed class ExploringLog : ITrialObserver
    {
        public PlaceCellAgent Agent = null!;
        public readonly List<(TrialRecord Record, bool Exploring)> Trials = new();
        public void OnTrial(TrialRecord record) => Trials.Add((record, Agent.IsExploring));
    }
}
