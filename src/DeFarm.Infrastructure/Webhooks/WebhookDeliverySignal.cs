using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.Webhooks;

/// <summary>
/// Wakes this instance's delivery workers when a commit wrote deliveries. A worker takes <see cref="NextWake"/>
/// before it looks for due deliveries, so a wake that comes while it looks is not lost.
/// </summary>
internal sealed class WebhookDeliverySignal : IWebhookDeliverySignal
{
    private TaskCompletionSource _next = NewSource();

    public Task NextWake => Volatile.Read(ref _next).Task;

    public void Wake() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
