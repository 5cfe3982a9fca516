using System.Runtime.ExceptionServices;

namespace ReRamNav.Cli.Simulation;

/// <summary>
/// Independent simulation runs (seeds, grid points, variants) on every core. Each run has its own
/// virtual board and agent, so they share nothing. A run that throws rethrows its own exception (not
/// an AggregateException), so the CLI reports it as it would from a single run.
/// </summary>
public static class ParallelRuns
{
    public static T[] Map<T>(int count, Func<int, T> run)
    {
        return Map(count, run, null, CancellationToken.None, out _);
    }

    /// <summary>
    /// As <see cref="Map{T}(int, Func{int, T})"/>, but calls <paramref name="onDone"/> (runs done so far) after each
    /// run, and stops starting runs once <paramref name="cancel"/> is set: the runs already finished are kept,
    /// the others stay default(T), and <paramref name="done"/>[i] says which is which.
    /// </summary>
    public static T[] Map<T>(int count, Func<int, T> run, Action<int>? onDone, CancellationToken cancel, out bool[] done)
    {
        var results = new T[count];
        var finished = new bool[count];
        int doneCount = 0;
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, i =>
            {
                results[i] = run(i);
                finished[i] = true;
                onDone?.Invoke(Interlocked.Increment(ref doneCount));
            });
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Interrupted: keep what finished.
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        done = finished;
        return results;
    }
}
