using Microsoft.Extensions.Time.Testing;
using Portal.Components.Forms;

namespace Portal.Tests.Components;

public class AutosaveTests
{
    private readonly FakeTimeProvider _time = new();
    private int _saves;

    private Autosave Saving(Func<Task<bool>>? save = null) => new(_time, save ?? (() =>
    {
        _saves++;
        return Task.FromResult(true);
    }));

    private static TimeSpan Ms(int ms) => TimeSpan.FromMilliseconds(ms);

    [Fact]
    public void It_saves_shortly_after_the_user_stops_typing_and_not_while_typing_goes_on()
    {
        var autosave = Saving();
        autosave.Changed();
        _time.Advance(Ms(500));
        autosave.Changed();
        _time.Advance(Ms(500));
        autosave.Changed();
        _time.Advance(Ms(700));
        Assert.Equal(0, _saves);
        Assert.True(autosave.HasChanges);

        _time.Advance(Ms(100));
        Assert.Equal(1, _saves);
        Assert.False(autosave.HasChanges);
    }

    [Fact]
    public void Under_continuous_typing_it_still_saves_every_interval()
    {
        var autosave = Saving();
        for (var i = 0; i < 14; i++)
        {
            autosave.Changed();
            _time.Advance(Ms(500)); // faster than the pause: only the interval can save
        }
        // 7 seconds of typing with an interval of 3 seconds.
        Assert.Equal(2, _saves);
    }

    [Fact]
    public void Without_changes_nothing_is_saved()
    {
        var autosave = Saving();
        _time.Advance(TimeSpan.FromSeconds(10));
        autosave.Changed();
        _time.Advance(TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _saves);
    }

    [Fact]
    public async Task It_never_runs_two_saves_at_once()
    {
        var running = 0;
        var most = 0;
        var first = new TaskCompletionSource<bool>();
        var secondStarted = new TaskCompletionSource();
        var autosave = Saving(async () =>
        {
            most = Math.Max(most, Interlocked.Increment(ref running));
            var call = Interlocked.Increment(ref _saves);
            if (call == 2) secondStarted.TrySetResult();
            var saved = call == 1 ? await first.Task : true;
            Interlocked.Decrement(ref running);
            return saved;
        });

        autosave.Changed();
        _time.Advance(autosave.Pause); // the first save starts and hangs
        autosave.Changed();
        _time.Advance(autosave.Interval); // both timers fire while it runs
        Assert.Equal(1, _saves);

        first.SetResult(true);
        await secondStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal((2, 1), (_saves, most));
    }

    [Fact]
    public void A_save_that_could_not_run_is_tried_again()
    {
        var busy = true;
        var autosave = Saving(() =>
        {
            if (busy) return Task.FromResult(false);
            _saves++;
            return Task.FromResult(true);
        });
        autosave.Changed();
        _time.Advance(autosave.Pause);
        Assert.True(autosave.HasChanges);

        busy = false;
        _time.Advance(autosave.Interval);
        Assert.Equal(1, _saves);
        Assert.False(autosave.HasChanges);
    }

    [Fact]
    public async Task Disposing_saves_what_is_left_and_stops_the_timers()
    {
        var autosave = Saving();
        autosave.Changed();
        await autosave.DisposeAsync();
        Assert.Equal(1, _saves);

        autosave.Changed();
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, _saves);
    }
}
