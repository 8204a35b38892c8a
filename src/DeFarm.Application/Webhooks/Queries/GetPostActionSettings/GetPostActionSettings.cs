using DeFarm.Application.Circuits;
using Mediator;

namespace DeFarm.Application.Webhooks.Queries.GetPostActionSettings;

/// <summary>The post-action settings with the webhooks (ManagePermissions); <c>data: null</c> when never configured.</summary>
public sealed record GetPostActionSettingsQuery(string CircuitId) : IQuery<SuccessData<PostActionSettingsResponse?>>;

internal sealed class GetPostActionSettingsQueryHandler(PostActionLoader loader)
    : IQueryHandler<GetPostActionSettingsQuery, SuccessData<PostActionSettingsResponse?>>
{
    public async ValueTask<SuccessData<PostActionSettingsResponse?>> Handle(
        GetPostActionSettingsQuery query, CancellationToken cancellationToken) =>
        SuccessData<PostActionSettingsResponse?>.Of(
            PostActionSettingsResponse.From(await loader.LoadCircuitAsync(query.CircuitId, cancellationToken)));
}
