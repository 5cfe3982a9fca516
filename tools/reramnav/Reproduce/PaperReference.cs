namespace ReRamNav.Cli.Reproduce;

/// <summary>
/// The paper's numbers we compare against, cited (Bianchi et al., Nat. Commun. 14:1565, 2023, Source
/// Data of Figs. 4 and 5; summarised in the project's paper notes). Reference values only, not data files.
/// </summary>
public static class PaperReference
{
    /// <summary>Fig. 4b: trials within each block (A, B, A) until every later trial is fast.</summary>
    public static readonly int[] ConvergedAtTrial = { 33, 33, 13 };

    /// <summary>Fig. 4c: integration energy per trial per core, exploring vs converged (no units given; likely J).</summary>
    public const double IntegrationEnergyExploring = 1.6e-8, IntegrationEnergyConverged = 4.4e-11;
    public const double IntegrationEnergyRatio = IntegrationEnergyExploring / IntegrationEnergyConverged; // ~360

    /// <summary>Fig. 4f: accuracy (%) of the bio-inspired hardware and of deep Q-learning; ranges and the Y = 500 row.</summary>
    public const double BioAccuracyMinPct = 92.2, BioAccuracyMaxPct = 99.95, DqnAccuracyMinPct = 92.7, DqnAccuracyMaxPct = 99.1;
    public static readonly int[] GridTrials = { 35, 40, 45, 50, 55, 60, 65, 70 };
    public static readonly int[] GridSteps = { 150, 200, 250, 300, 350, 400, 450, 500 };
    public static readonly double[] DqnAccuracyAt500Steps = { 97.4, 96.1, 98.3, 98.2, 98.7, 99.1, 99.0, 99.0 };
    public static readonly double[] BioAccuracyAt500Steps = { 98.5, 98.8, 99.0, 99.3, 99.7, 99.8, 99.95, 99.94 };

    /// <summary>Fig. 4g: memory elements vs positions (bio = 16 per position, 18 at 900; DQN architecture not stated).</summary>
    public static readonly long[] ElementPositions = { 400, 900, 2500, 10000, 81796, 617796, 1000000, 4000000 };
    public static readonly long[] BioElements = { 6400, 16200, 40000, 160000, 1308736, 9884736, 16000000, 64000000 };
    public static readonly long[] DqnElements = { 500000, 960000, 1200000, 14000000, 35000000, 138000000, 280000000, 800000000 };

    /// <summary>Fig. 5d: rover steps per trial, mean and std over repetitions, 128 x 128 map, start (79,11), goal (59,108).</summary>
    public static readonly int[] RoverTrials = { 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95 };
    public static readonly double[] RoverStepsMean = { 498, 494, 447, 408, 365, 340, 308, 276, 226, 192, 170 };
    public static readonly double[] RoverStepsStd = { 70, 64, 57, 49, 40, 32, 20, 12, 7, 4, 4 };
    /// <summary>Fig. 5g: rover steps per trial before and after "transfer learning" (mean over repetitions).</summary>
    public static readonly int[] TransferTrials = { 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75 };
    public static readonly double[] TransferBeforeMean = { 534, 500, 480, 468, 430, 410, 387, 361, 350, 333, 320, 300, 277, 270, 268 };
    public static readonly double[] TransferAfterMean = { 540, 520, 480, 438, 400, 350, 310, 280, 278, 270, 250, 243, 240, 238, 237 };

    public const int RoverStartRow = 79, RoverStartCol = 11, RoverGoalRow = 59, RoverGoalCol = 108;
}
