namespace ReRamNav.Cli;

/// <summary>
/// Ctrl+C (SIGINT) during a long command: the first press asks it to stop after the run in progress and write what
/// finished (the command checks <see cref="Requested"/> or passes <see cref="Token"/> on); a second press quits at once.
/// Dispose to unhook, so that commands run in-process one after another (tests) do not share it.
/// </summary>
public sealed class Interruption : IDisposable
{
    /// <summary>Exit code of a command stopped by Ctrl+C after writing what finished (128 + SIGINT, the shell's convention).</summary>
    public const int ExitCode = 130;

    private readonly CancellationTokenSource _source = new();
    private readonly TextWriter _stderr;
    private readonly string _what;

    /// <param name="what">What finishes before the command stops, for the message: "the seed in progress".</param>
    public Interruption(TextWriter stderr, string what)
    {
        _stderr = stderr;
        _what = what;
        Console.CancelKeyPress += OnCancel;
    }

    public bool Requested => _source.IsCancellationRequested;

    public CancellationToken Token => _source.Token;

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        if (_source.IsCancellationRequested) return; // second press: let the runtime end the process
        e.Cancel = true;
        _source.Cancel();
        _stderr.WriteLine($"interrupt: stopping after {_what} and writing what finished (Ctrl+C again to quit at once)");
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }
}
