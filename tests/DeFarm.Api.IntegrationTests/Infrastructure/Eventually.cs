namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>Waiting for what background work does, by polling with a deadline rather than by sleeping a guessed time.</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static async Task HoldsAsync(Func<bool> condition, TimeSpan? timeout = null, string what = "the condition") =>
        await HoldsAsync(() => Task.FromResult(condition()), timeout, what);

    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string what = "the condition")
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {(timeout ?? DefaultTimeout).TotalSeconds} s waiting for {what}");
            }

            await Task.Delay(Interval);
        }
    }
}
