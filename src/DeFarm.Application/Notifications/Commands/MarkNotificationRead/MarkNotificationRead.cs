using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Notifications.Commands.MarkNotificationRead;

/// <summary>Marks one of the caller's notifications read (404 for anyone else's); reading twice keeps the first time.</summary>
public sealed record MarkNotificationReadCommand(string NotificationId) : ICommand<SuccessData<NotificationResponse>>;

internal sealed class MarkNotificationReadCommandHandler(
    ICurrentUser currentUser, INotificationRepository notifications, TimeProvider clock)
    : ICommandHandler<MarkNotificationReadCommand, SuccessData<NotificationResponse>>
{
    public async ValueTask<SuccessData<NotificationResponse>> Handle(
        MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var notification = await NotificationOwner.LoadAsync(
            notifications, currentUser, command.NotificationId, cancellationToken);
        notification.MarkRead(clock.GetUtcNow());
        return SuccessData<NotificationResponse>.Of(NotificationResponse.From(notification));
    }
}
