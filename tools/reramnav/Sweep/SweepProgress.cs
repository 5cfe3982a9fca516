namespace ReRamNav.Cli.Sweep;

/// <summary>
/// Progress of a long sweep on stderr (stdout stays the table): "sweep: 12/100 runs done (12 %)", at most every
/// <see cref="IntervalMs"/> and always at the last run, so that a sweep of minutes is not silent.
/// </summary>
public sealed class SweepProgress
{
    public const int IntervalMs = 2000;
    private readonly int _total;
    private readonly TextWriter _err;
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private long _lastMs = -IntervalMs;
    private readonly object _lock = new();

    public SweepProgress(int totalRuns, TextWriter err)
    {
        _total = totalRuns;
        _err = err;
    }

    /// <summary>Called after each run with the number of runs done so far (from any thread).</summary>
    public void Report(int done)
    {
        lock (_lock)
        {
            long now = _clock.ElapsedMilliseconds;
            if (done < _total && now - _lastMs < IntervalMs) return;
            _lastMs = now;
            _err.WriteLine($"sweep: {done}/{_total} runs done ({100 * done / _total} %), {now / 1000} s");
        }
    }
}
