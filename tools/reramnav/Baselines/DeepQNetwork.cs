using System.Numerics;
using ReRamNav.Firmware.Environments;

namespace ReRamNav.Cli.Baselines;

/// <summary>
/// A small deep Q-network (Mnih et al. 2015, reduced), plain C#, on the same maze, start, reward and
/// step budget as the place-cell agent. Stated architecture and hyper-parameters:
/// input one-hot position (N = rows x cols) -> 64 ReLU -> 64 ReLU -> 8 linear Q-values;
/// Huber loss, SGD learning rate 0.01, gamma 0.95; epsilon-greedy, epsilon falling linearly from 1.0
/// to 0.05 over the first 20,000 steps; replay buffer of 10,000 transitions, minibatch 32, one update
/// every 8 steps once 500 transitions are stored; target network copied every 500 steps.
/// Memory elements (<see cref="MemoryElements"/>): the weights and biases of the online and the target
/// network plus the replay buffer (4 numbers per transition: s, a, r, s'; the done flag is packed in s').
/// </summary>
public sealed class DeepQNetwork : IBaselineLearner
{
    public const int Hidden = 64;
    public const int ReplayCapacity = 10000;
    public const int BatchSize = 32;
    public const int TrainEvery = 8;
    public const int WarmUp = 500;
    public const int TargetSyncEvery = 500;
    public const float LearningRate = 0.01f;
    public const float Gamma = 0.95f;
    public const int EpsilonDecaySteps = 20000;
    public const float EpsilonEnd = 0.05f;

    private readonly int _inputs, _cols;
    private readonly Random _random;
    private readonly Net _online, _target;
    private readonly int[] _rs, _ra, _rs2; // replay: state, action, next state (-1 = terminal)
    private readonly float[] _rr;
    private int _replayCount, _replayNext;
    private long _totalSteps;
    private readonly float[] _h1 = new float[Hidden], _h2 = new float[Hidden], _q = new float[Direction.Count];
    private readonly float[] _g2 = new float[Hidden], _g1 = new float[Hidden];

    public DeepQNetwork(int rows, int cols, int seed)
    {
        _inputs = rows * cols;
        _cols = cols;
        _random = new Random(seed);
        _online = new Net(_inputs, _random);
        _target = new Net(_inputs, _random);
        _target.CopyFrom(_online);
        _rs = new int[ReplayCapacity]; _ra = new int[ReplayCapacity]; _rs2 = new int[ReplayCapacity]; _rr = new float[ReplayCapacity];
    }

    public string Name => "deep Q-network";

    public long MemoryElements => 2 * ParameterCount(_inputs) + 4L * ReplayCapacity;

    /// <summary>Weights and biases of one network for N positions: 64N + 64 + 64*64 + 64 + 64*8 + 8.</summary>
    public static long ParameterCount(long positions) => positions * Hidden + Hidden + Hidden * Hidden + Hidden + Hidden * Direction.Count + Direction.Count;

    /// <summary>Elements of the whole learner for N positions (online + target network + replay buffer).</summary>
    public static long ElementsFor(long positions) => 2 * ParameterCount(positions) + 4L * ReplayCapacity;

    public (int Steps, bool ReachedGoal, int Penalties) RunTrial(GridMaze maze, int startRow, int startCol, int maxSteps)
    {
        int row = startRow, col = startCol, penalties = 0;
        for (int step = 1; step <= maxSteps; step++)
        {
            int s = row * _cols + col;
            float epsilon = Math.Max(EpsilonEnd, 1f - (1f - EpsilonEnd) * _totalSteps / EpsilonDecaySteps);
            int a;
            if (_random.NextDouble() < epsilon) a = _random.Next(Direction.Count);
            else { _online.Forward(s, _h1, _h2, _q); a = ArgMax(_q); }
            var (r2, c2, reward, done, bumped) = GridWorld.Step(maze, row, col, a);
            if (bumped) penalties++;
            int s2 = done ? -1 : r2 * _cols + c2;
            _rs[_replayNext] = s; _ra[_replayNext] = a; _rr[_replayNext] = (float)reward; _rs2[_replayNext] = s2;
            _replayNext = (_replayNext + 1) % ReplayCapacity;
            _replayCount = Math.Min(_replayCount + 1, ReplayCapacity);
            _totalSteps++;
            if (_replayCount >= WarmUp && _totalSteps % TrainEvery == 0) Train();
            if (_totalSteps % TargetSyncEvery == 0) _target.CopyFrom(_online);
            row = r2; col = c2;
            if (done) return (step, true, penalties);
        }
        return (maxSteps, false, penalties);
    }

    private void Train()
    {
        float scale = LearningRate / BatchSize;
        for (int b = 0; b < BatchSize; b++)
        {
            int i = _random.Next(_replayCount);
            float target = _rr[i];
            if (_rs2[i] >= 0)
            {
                _target.Forward(_rs2[i], _h1, _h2, _q);
                target += Gamma * _q[ArgMax(_q)];
            }
            _online.Forward(_rs[i], _h1, _h2, _q);
            float error = _q[_ra[i]] - target;
            float grad = Math.Clamp(error, -1f, 1f); // Huber
            _online.Backward(_rs[i], _ra[i], grad * scale, _h1, _h2, _g2, _g1);
        }
    }

    private static int ArgMax(float[] q)
    {
        int best = 0;
        for (int a = 1; a < q.Length; a++) if (q[a] > q[best]) best = a;
        return best;
    }

    private sealed class Net
    {
        // W1 stored per input (one-hot: a column is one row of this array), W2 row-major [out][in], W3 [action][hidden].
        public readonly float[] W1, B1 = new float[Hidden], W2 = new float[Hidden * Hidden], B2 = new float[Hidden], W3 = new float[Direction.Count * Hidden], B3 = new float[Direction.Count];

        public Net(int inputs, Random random)
        {
            W1 = new float[inputs * Hidden];
            for (int i = 0; i < W1.Length; i++) W1[i] = (float)((random.NextDouble() * 2 - 1) * 0.1);
            float k2 = (float)Math.Sqrt(6.0 / (Hidden + Hidden));
            for (int i = 0; i < W2.Length; i++) W2[i] = (float)((random.NextDouble() * 2 - 1) * k2);
            float k3 = (float)Math.Sqrt(6.0 / (Hidden + Direction.Count));
            for (int i = 0; i < W3.Length; i++) W3[i] = (float)((random.NextDouble() * 2 - 1) * k3);
        }

        public void CopyFrom(Net other)
        {
            Array.Copy(other.W1, W1, W1.Length); Array.Copy(other.B1, B1, B1.Length);
            Array.Copy(other.W2, W2, W2.Length); Array.Copy(other.B2, B2, B2.Length);
            Array.Copy(other.W3, W3, W3.Length); Array.Copy(other.B3, B3, B3.Length);
        }

        public void Forward(int input, float[] h1, float[] h2, float[] q)
        {
            int w1 = input * Hidden;
            for (int j = 0; j < Hidden; j++) h1[j] = Math.Max(0f, W1[w1 + j] + B1[j]);
            var h1Span = new ReadOnlySpan<float>(h1);
            for (int j = 0; j < Hidden; j++) h2[j] = Math.Max(0f, Dot(new ReadOnlySpan<float>(W2, j * Hidden, Hidden), h1Span) + B2[j]);
            var h2Span = new ReadOnlySpan<float>(h2);
            for (int a = 0; a < Direction.Count; a++) q[a] = Dot(new ReadOnlySpan<float>(W3, a * Hidden, Hidden), h2Span) + B3[a];
        }

        /// <summary>SGD step on 0.5 * huber(Q(s,a) - target); dq = the clipped error times the step size. h1/h2 must be this input's activations.</summary>
        public void Backward(int input, int action, float dq, float[] h1, float[] h2, float[] g2, float[] g1)
        {
            int w3 = action * Hidden;
            for (int j = 0; j < Hidden; j++) g2[j] = h2[j] > 0 ? dq * W3[w3 + j] : 0f;
            for (int j = 0; j < Hidden; j++) W3[w3 + j] -= dq * h2[j];
            B3[action] -= dq;
            Array.Clear(g1);
            for (int j = 0; j < Hidden; j++)
            {
                float g = g2[j];
                if (g == 0f) continue;
                int row = j * Hidden;
                for (int i = 0; i < Hidden; i++) { g1[i] += g * W2[row + i]; W2[row + i] -= g * h1[i]; }
                B2[j] -= g;
            }
            int w1 = input * Hidden;
            for (int i = 0; i < Hidden; i++)
            {
                if (h1[i] <= 0) continue;
                W1[w1 + i] -= g1[i];
                B1[i] -= g1[i];
            }
        }

        private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
        {
            int n = a.Length, i = 0;
            float sum = 0;
            if (Vector.IsHardwareAccelerated)
            {
                var acc = Vector<float>.Zero;
                int w = Vector<float>.Count;
                for (; i <= n - w; i += w) acc += new Vector<float>(a.Slice(i, w)) * new Vector<float>(b.Slice(i, w));
                sum = Vector.Dot(acc, Vector<float>.One);
            }
            for (; i < n; i++) sum += a[i] * b[i];
            return sum;
        }
    }
}
