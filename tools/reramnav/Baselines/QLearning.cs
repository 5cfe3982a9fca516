using ReRamNav.Firmware.Environments;

namespace ReRamNav.Cli.Baselines;

/// <summary>
/// Tabular Q-learning (Watkins), 8 actions, epsilon-greedy with random tie-breaking, on the same
/// maze, start, reward and step budget as the place-cell agent. Stated hyper-parameters:
/// alpha = 0.5, gamma = 0.95, epsilon = 0.1 (constant), Q initialised optimistically to 1 (the goal
/// reward), the standard way to make a tabular learner explore (Sutton and Barto 2018, §2.6); with Q = 0
/// it random-walks and, on the paper's mazes, rarely reaches the goal within 600 steps. Memory: one value per
/// (place, action): 8 per place.
/// </summary>
public sealed class QLearning : IBaselineLearner
{
    public double Alpha { get; init; } = 0.5;
    public double Gamma { get; init; } = 0.95;
    public double Epsilon { get; init; } = 0.1;
    public const double InitialQ = 1.0;

    private readonly double[] _q;
    private readonly int _cols;
    private readonly Random _random;

    public QLearning(int rows, int cols, int seed)
    {
        _q = new double[rows * cols * Direction.Count];
        Array.Fill(_q, InitialQ);
        _cols = cols;
        _random = new Random(seed);
    }

    public string Name => "tabular Q-learning";

    public long MemoryElements => _q.Length;

    public (int Steps, bool ReachedGoal, int Penalties) RunTrial(GridMaze maze, int startRow, int startCol, int maxSteps)
    {
        int row = startRow, col = startCol, penalties = 0;
        for (int step = 1; step <= maxSteps; step++)
        {
            int s = row * _cols + col;
            int a = _random.NextDouble() < Epsilon ? _random.Next(Direction.Count) : Greedy(s);
            var (r2, c2, reward, done, bumped) = GridWorld.Step(maze, row, col, a);
            if (bumped) penalties++;
            int s2 = r2 * _cols + c2;
            double target = done ? reward : reward + Gamma * _q[s2 * Direction.Count + Greedy(s2)];
            ref double q = ref _q[s * Direction.Count + a];
            q += Alpha * (target - q);
            row = r2; col = c2;
            if (done) return (step, true, penalties);
        }
        return (maxSteps, false, penalties);
    }

    private int Greedy(int s)
    {
        int baseIndex = s * Direction.Count, best = 0, ties = 1;
        double bestValue = _q[baseIndex];
        for (int a = 1; a < Direction.Count; a++)
        {
            double v = _q[baseIndex + a];
            if (v > bestValue) { bestValue = v; best = a; ties = 1; }
            else if (v == bestValue && _random.Next(++ties) == 0) best = a;
        }
        return best;
    }
}
