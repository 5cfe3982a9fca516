using ReRamNav.HalMock.Model;

namespace ReRamNav.Cli.Sweep;

/// <summary>
/// What the device gives the agent at one Table-1 point, independent of the learning rule: the read window
/// between a synapse SET at I_C and one RESET at V_STOP, and how often a RESET synapse could be taken for a
/// SET one. It explains a flat sweep: if no HRS ever reads like an LRS, the window cannot change a decision.
/// </summary>
public static class Table1Window
{
    /// <summary>Statistics of <paramref name="draws"/> SET and RESET outcomes (each read once, with read noise).</summary>
    public sealed record Window(double MedianRatio, double HrsAboveThresholdFraction, double HrsAboveLrsFraction);

    public static Window Of(DeviceModelParameters device, int complianceUa, int stopMv, int synapseLrsMinNs, int draws, ulong seed)
    {
        var model = new SiOxDeviceModel(device, new Prng(seed));
        var lrs = new int[draws];
        var hrs = new int[draws];
        for (int i = 0; i < draws; i++)
        {
            lrs[i] = model.ReadConductanceNs(model.SetConductanceNs(complianceUa));
            hrs[i] = model.ReadConductanceNs(model.ResetConductanceNs(stopMv));
        }
        // Random pairs (i, i): independent draws, so this is P(G_HRS >= G_LRS) for one synapse of each kind.
        int above = 0, aboveLrs = 0;
        for (int i = 0; i < draws; i++)
        {
            if (hrs[i] >= synapseLrsMinNs) above++;
            if (hrs[i] >= lrs[i]) aboveLrs++;
        }
        Array.Sort(lrs);
        Array.Sort(hrs);
        return new Window(lrs[draws / 2] / (double)Math.Max(1, hrs[draws / 2]), above / (double)draws, aboveLrs / (double)draws);
    }
}
