using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits;

/// <summary>The one way a circuit's adapter configuration changes: the engines route and the front end's panel.</summary>
internal static class CircuitAdapterChanges
{
    /// <summary>
    /// Sets the adapter (<c>null</c> clears it); flags not given keep their value. Every member is notified.
    /// The caller has checked the ConfigureAdapter permission and the tier's access to the adapter.
    /// </summary>
    public static void Apply(
        Circuit circuit, CircuitAdapterType? adapterType, UserAccount caller, Notifier notifications,
        DateTimeOffset now, bool? requiresApproval = null, bool? autoMigrateExisting = null,
        bool? sponsorAdapterAccess = null)
    {
        var current = circuit.AdapterConfig;
        circuit.ConfigureAdapter(
            adapterType,
            requiresApproval ?? current?.RequiresApproval ?? false,
            autoMigrateExisting ?? current?.AutoMigrateExisting ?? false,
            sponsorAdapterAccess ?? current?.SponsorAdapterAccess ?? false,
            caller.Id,
            now);
        CircuitNotifications.AdapterConfigured(notifications, circuit, circuit.AdapterConfig!, now);
    }
}
