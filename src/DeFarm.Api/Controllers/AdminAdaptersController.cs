using DeFarm.Application.Adapters;
using DeFarm.Application.Adapters.Commands.CreateAdapterConfig;
using DeFarm.Application.Adapters.Commands.DeleteAdapterConfig;
using DeFarm.Application.Adapters.Commands.SetDefaultAdapterConfig;
using DeFarm.Application.Adapters.Commands.UpdateAdapterConfig;
using DeFarm.Application.Adapters.Queries.GetAdapterConfig;
using DeFarm.Application.Adapters.Queries.ListAdapterConfigs;
using DeFarm.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Adapter configurations (engines-api.md §1.13, §4.9), admins only (403 otherwise). Secrets are accepted,
/// stored and never returned.
/// </summary>
[ApiController]
[Route("api/admin/adapters")]
public sealed class AdminAdaptersController(ISender sender) : ControllerBase
{
    [HttpGet]
    public async Task<AdapterConfigListResponse> List(CancellationToken cancellationToken) =>
        await sender.Send(new ListAdapterConfigsQuery(), cancellationToken);

    [HttpPost]
    public async Task<ActionResult<AdapterConfigResponse>> Create(
        CreateAdapterConfigCommand command, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return Created($"/api/admin/adapters/{result.Adapter.ConfigId}", result);
    }

    [HttpGet("{config_id}")]
    public async Task<AdapterConfigResponse> Get(
        [FromRoute(Name = "config_id")] Guid configId, CancellationToken cancellationToken) =>
        await sender.Send(new GetAdapterConfigQuery(configId), cancellationToken);

    /// <summary>Replaces the settings; secrets and headers left out keep their stored values.</summary>
    [HttpPut("{config_id}")]
    public async Task<AdapterConfigResponse> Update(
        [FromRoute(Name = "config_id")] Guid configId, UpdateAdapterConfigCommand command,
        CancellationToken cancellationToken) =>
        await sender.Send(command with { ConfigId = configId }, cancellationToken);

    [HttpDelete("{config_id}")]
    public async Task<MessageResponse> Delete(
        [FromRoute(Name = "config_id")] Guid configId, CancellationToken cancellationToken) =>
        await sender.Send(new DeleteAdapterConfigCommand(configId), cancellationToken);

    /// <summary>Makes this configuration the default of its adapter type.</summary>
    [HttpPost("{config_id}/set-default")]
    public async Task<AdapterConfigResponse> SetDefault(
        [FromRoute(Name = "config_id")] Guid configId, CancellationToken cancellationToken) =>
        await sender.Send(new SetDefaultAdapterConfigCommand(configId), cancellationToken);
}
