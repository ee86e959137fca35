namespace Portal.Components.Forms;

/// <summary>
/// Saves a form while the user types: <see cref="Pause"/> after the last change, and at the latest <see cref="Interval"/>
/// after the first unsaved one while typing goes on. Never two saves at once; disposing saves what is left.
/// Time comes from <see cref="TimeProvider"/>, so tests move the clock instead of waiting.
/// </summary>
public sealed class Autosave : IAsyncDisposable
{
    public static readonly TimeSpan DefaultPause = TimeSpan.FromMilliseconds(750);
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(3);

    private readonly Func<Task<bool>> _save;
    private readonly ITimer _pauseTimer;
    private readonly ITimer _intervalTimer;
    private readonly SemaphoreSlim _one = new(1, 1);
    private readonly Lock _lock = new();
    private long _changes;
    private long _saved;
    private bool _intervalRunning;
    private bool _disposed;

    /// <param name="time">The clock for both timers.</param>
    /// <param name="save">Saves the form; returns false when it could not save now (busy), to be tried again later.</param>
    public Autosave(TimeProvider time, Func<Task<bool>> save)
    {
        _save = save;
        _pauseTimer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _intervalTimer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public TimeSpan Pause { get; } = DefaultPause;
    public TimeSpan Interval { get; } = DefaultInterval;

    /// <summary>
    /// For a component: the timers fire off the circuit's thread, so <paramref name="save"/> runs through
    /// <paramref name="dispatch"/> (the component's InvokeAsync).
    /// </summary>
    public static Autosave OnCircuit(TimeProvider time, Func<Func<Task>, Task> dispatch, Func<Task<bool>> save) =>
        new(time, async () =>
        {
            var saved = false;
            await dispatch(async () => saved = await save());
            return saved;
        });

    public bool HasChanges
    {
        get { lock (_lock) return _changes != _saved; }
    }

    /// <summary>Call on every change: restarts the pause, and starts the interval if this is the first unsaved change.</summary>
    public void Changed()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _changes++;
            _pauseTimer.Change(Pause, Timeout.InfiniteTimeSpan);
            StartInterval();
        }
    }

    /// <summary>Saves now if anything changed since the last save; waits for a save that is already running.</summary>
    public async Task SaveAsync()
    {
        await _one.WaitAsync();
        try
        {
            long upTo;
            lock (_lock)
            {
                upTo = _changes;
                if (upTo == _saved) return;
                // Changes typed during the save start the timers again.
                _pauseTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _intervalTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                _intervalRunning = false;
            }
            var done = false;
            try
            {
                done = await _save();
            }
            finally
            {
                lock (_lock)
                {
                    if (done) _saved = Math.Max(_saved, upTo);
                    else if (!_disposed) StartInterval(); // not saved (busy or failed): try again, nothing typed is given up
                }
            }
        }
        finally
        {
            _one.Release();
        }
    }

    private void StartInterval()
    {
        if (_intervalRunning) return;
        _intervalRunning = true;
        _intervalTimer.Change(Interval, Timeout.InfiniteTimeSpan);
    }

    private async void Fire()
    {
        lock (_lock)
            if (_disposed) return;
        try
        {
            await SaveAsync();
        }
        catch (Exception)
        {
            // A timer has no one to tell; the changes stay unsaved and the interval tries again.
        }
    }

    /// <summary>Stops the timers and saves what has not been saved yet.</summary>
    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            if (_disposed) return;
            _disposed = true;
        }
        await _pauseTimer.DisposeAsync();
        await _intervalTimer.DisposeAsync();
        await SaveAsync();
    }
}
