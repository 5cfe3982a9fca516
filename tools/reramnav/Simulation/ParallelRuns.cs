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
        var results = new T[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => results[i] = run(i));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return results;
    }
}
