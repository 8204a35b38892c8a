using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Notifications.Commands.DeleteNotification;

/// <summary>Deletes one of the caller's notifications (404 for anyone else's).</summary>
public sealed record DeleteNotificationCommand(string NotificationId) : ICommand<SuccessResponse>;

internal sealed class DeleteNotificationCommandHandler(ICurrentUser currentUser, INotificationRepository notifications)
    : ICommandHandler<DeleteNotificationCommand, SuccessResponse>
{
    public async ValueTask<SuccessResponse> Handle(DeleteNotificationCommand command, CancellationToken cancellationToken)
    {
        notifications.Remove(await NotificationOwner.LoadAsync(
            notifications, currentUser, command.NotificationId, cancellationToken));
        return new SuccessResponse(true, "Notification deleted");
    }
}
